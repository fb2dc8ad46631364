package snapshot

// User-defined casts between types (pg_cast rows the model captures).

func castQueries() []query {
	type row struct {
		OID      uint32 `db:"oid"`
		Source   string `db:"source"`
		Target   string `db:"target"`
		Function string `db:"function"`
		Context  string `db:"context"`
		Method   string `db:"method"`
		Comment  string `db:"comment"`
	}
	return []query{collected[row]{"casts.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			c := Cast{Source: x.Source, Target: x.Target, Function: x.Function, Context: x.Context,
				Method: x.Method, Comment: x.Comment}
			r.register(pgCast, x.OID, 0, c.ID())
			r.cat.Casts = append(r.cat.Casts, c)
		}
		return nil
	}}}
}
