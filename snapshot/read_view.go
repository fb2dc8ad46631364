package snapshot

// Views and materialized views. Their columns are read with tables' (see
// read_column.go); the step that reads them is "relations" (read_table.go).

// viewQuery reads views, after tables, into the same relations index.
func viewQuery() query {
	type row struct {
		OID          uint32   `db:"oid"`
		RowType      uint32   `db:"reltype"`
		RowArrayType uint32   `db:"row_array_type"`
		RuleOID      *uint32  `db:"rule_oid"`
		Schema       string   `db:"schema"`
		Name         string   `db:"name"`
		QuotedSchema string   `db:"quoted_schema"`
		QuotedName   string   `db:"quoted_name"`
		Materialized bool     `db:"materialized"`
		Definition   string   `db:"definition"`
		Options      []string `db:"options"`
		Populated    bool     `db:"populated"`
		AccessMethod string   `db:"access_method"`
		commonRow
	}
	return collected[row]{"views.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			common, err := x.common()
			if err != nil {
				return err
			}
			v := View{Schema: x.Schema, Name: x.Name, Materialized: x.Materialized, Definition: x.Definition,
				Options: emptyToNil(x.Options), Populated: x.Materialized && x.Populated,
				AccessMethod: x.AccessMethod, Common: common}
			r.register(pgClass, x.OID, 0, v.ID())
			r.register(pgType, x.RowType, 0, v.ID())
			r.register(pgType, x.RowArrayType, 0, v.ID())
			if x.RuleOID != nil {
				r.register(pgRewrite, *x.RuleOID, 0, v.ID())
			}
			r.relations[x.OID] = relationRef{schema: x.Schema, name: x.Name, quoted: x.QuotedSchema + "." + x.QuotedName,
				table: -1, view: len(r.cat.Views)}
			r.cat.Views = append(r.cat.Views, v)
		}
		return nil
	}}
}
