package snapshot

// Rewrite rules other than the ones that make views (those are the view).

func ruleQueries() []query {
	type row struct {
		OID        uint32 `db:"oid"`
		Schema     string `db:"schema"`
		Table      string `db:"table"`
		Name       string `db:"name"`
		Definition string `db:"definition"`
		Enabled    string `db:"enabled"`
		Comment    string `db:"comment"`
	}
	return []query{collected[row]{"rules.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			rule := Rule{Schema: x.Schema, Table: x.Table, Name: x.Name, Definition: x.Definition,
				Enabled: x.Enabled, Comment: x.Comment}
			r.register(pgRewrite, x.OID, 0, rule.ID())
			r.cat.Rules = append(r.cat.Rules, rule)
		}
		return nil
	}}}
}
