package snapshot

// Foreign data wrappers and foreign servers: one family, a server names its
// wrapper. (Foreign tables are tables: see read_table.go.)

func foreignDataWrapperQueries() []query {
	type row struct {
		OID       uint32   `db:"oid"`
		Name      string   `db:"name"`
		Handler   string   `db:"handler"`
		Validator string   `db:"validator"`
		Options   []string `db:"options"`
		commonRow
	}
	return []query{collected[row]{"foreign_data_wrappers.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			common, err := x.common()
			if err != nil {
				return err
			}
			w := ForeignDataWrapper{Name: x.Name, Handler: x.Handler, Validator: x.Validator,
				Options: emptyToNil(x.Options), Common: common}
			r.register(pgForeignDataWrapper, x.OID, 0, w.ID())
			r.cat.ForeignDataWrappers = append(r.cat.ForeignDataWrappers, w)
		}
		return nil
	}}}
}

func foreignServerQueries() []query {
	type row struct {
		OID     uint32   `db:"oid"`
		Name    string   `db:"name"`
		Wrapper string   `db:"wrapper"`
		Type    string   `db:"type"`
		Version string   `db:"version"`
		Options []string `db:"options"`
		commonRow
	}
	return []query{collected[row]{"foreign_servers.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			common, err := x.common()
			if err != nil {
				return err
			}
			s := ForeignServer{Name: x.Name, Wrapper: x.Wrapper, Type: x.Type, Version: x.Version,
				Options: emptyToNil(x.Options), Common: common}
			r.register(pgForeignServer, x.OID, 0, s.ID())
			r.cat.ForeignServers = append(r.cat.ForeignServers, s)
		}
		return nil
	}}}
}
