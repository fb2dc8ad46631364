package snapshot

// Procedural languages created with CREATE LANGUAGE. Those an extension
// created (plpgsql, plperl, …) are represented by their extension.

func languageQueries() []query {
	type row struct {
		OID       uint32 `db:"oid"`
		Name      string `db:"name"`
		Trusted   bool   `db:"trusted"`
		Handler   string `db:"handler"`
		Inline    string `db:"inline"`
		Validator string `db:"validator"`
		commonRow
	}
	return []query{collected[row]{"languages.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			common, err := x.common()
			if err != nil {
				return err
			}
			l := Language{Name: x.Name, Trusted: x.Trusted, Handler: x.Handler, Inline: x.Inline,
				Validator: x.Validator, Common: common}
			r.register(pgLanguage, x.OID, 0, l.ID())
			r.cat.Languages = append(r.cat.Languages, l)
		}
		return nil
	}}}
}
