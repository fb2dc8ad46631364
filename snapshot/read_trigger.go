package snapshot

// Triggers on tables and views.

func triggerQueries() []query {
	type row struct {
		OID            uint32 `db:"oid"`
		Schema         string `db:"schema"`
		Table          string `db:"table"`
		Name           string `db:"name"`
		Definition     string `db:"definition"`
		FunctionSchema string `db:"function_schema"`
		FunctionName   string `db:"function_name"`
		IsConstraint   bool   `db:"is_constraint"`
		Enabled        string `db:"enabled"`
		Comment        string `db:"comment"`
	}
	return []query{collected[row]{"triggers.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			t := Trigger{
				Schema:     x.Schema,
				Table:      x.Table,
				Name:       x.Name,
				Definition: x.Definition,
				Function:   QualifiedName{Schema: x.FunctionSchema, Name: x.FunctionName},
				Constraint: x.IsConstraint,
				Enabled:    x.Enabled,
				Comment:    x.Comment,
			}
			r.register(pgTrigger, x.OID, 0, t.ID())
			r.cat.Triggers = append(r.cat.Triggers, t)
		}
		return nil
	}}}
}
