package snapshot

// User-defined collations, registered so that the edges of the columns,
// domains and indexes that use one resolve to it.

func collationQueries() []query {
	type row struct {
		OID           uint32 `db:"oid"`
		Schema        string `db:"schema"`
		Name          string `db:"name"`
		Provider      string `db:"provider"`
		Deterministic bool   `db:"deterministic"`
		Collate       string `db:"collate"`
		Ctype         string `db:"ctype"`
		Locale        string `db:"locale"`
		ICURules      string `db:"icu_rules"`
		commonRow
	}
	return []query{collected[row]{"collations.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			common, err := x.common()
			if err != nil {
				return err
			}
			c := Collation{Schema: x.Schema, Name: x.Name, Provider: x.Provider, Deterministic: x.Deterministic,
				Collate: x.Collate, Ctype: x.Ctype, Locale: x.Locale, ICURules: x.ICURules, Common: common}
			r.register(pgCollation, x.OID, 0, c.ID())
			r.cat.Collations = append(r.cat.Collations, c)
		}
		return nil
	}}}
}
