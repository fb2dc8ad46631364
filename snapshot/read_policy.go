package snapshot

// Row-level security policies.

import "slices"

func policyQueries() []query {
	type row struct {
		OID        uint32   `db:"oid"`
		Schema     string   `db:"schema"`
		Table      string   `db:"table"`
		Name       string   `db:"name"`
		Permissive bool     `db:"permissive"`
		Command    string   `db:"command"`
		Roles      []string `db:"roles"`
		Using      string   `db:"using_expr"`
		WithCheck  string   `db:"with_check"`
		Comment    string   `db:"comment"`
	}
	return []query{collected[row]{"policies.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			// The query orders them too, but in the database's collation rules;
			// the model wants byte order on every server.
			slices.Sort(x.Roles)
			p := Policy{
				Schema:     x.Schema,
				Table:      x.Table,
				Name:       x.Name,
				Permissive: x.Permissive,
				Command:    x.Command,
				Roles:      x.Roles,
				Using:      x.Using,
				WithCheck:  x.WithCheck,
				Comment:    x.Comment,
			}
			r.register(pgPolicy, x.OID, 0, p.ID())
			r.cat.Policies = append(r.cat.Policies, p)
		}
		return nil
	}}}
}
