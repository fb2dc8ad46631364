package snapshot

// Extended statistics (CREATE STATISTICS).

func statisticsQueries() []query {
	type row struct {
		OID         uint32 `db:"oid"`
		Schema      string `db:"schema"`
		Name        string `db:"name"`
		TableSchema string `db:"table_schema"`
		TableName   string `db:"table_name"`
		Definition  string `db:"definition"`
		Target      int    `db:"target"`
		Owner       string `db:"owner"`
		Comment     string `db:"comment"`
	}
	return []query{collected[row]{"statistics.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			s := Statistics{
				Schema:     x.Schema,
				Name:       x.Name,
				Table:      QualifiedName{Schema: x.TableSchema, Name: x.TableName},
				Definition: x.Definition,
				Target:     x.Target,
				Owner:      x.Owner,
				Comment:    x.Comment,
			}
			r.register(pgStatisticExt, x.OID, 0, s.ID())
			r.cat.Statistics = append(r.cat.Statistics, s)
		}
		return nil
	}}}
}
