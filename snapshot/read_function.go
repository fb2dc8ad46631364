package snapshot

// Functions and procedures (pg_proc rows that are not aggregates), with the
// definition pg_get_functiondef prints.

func functionQueries() []query {
	type row struct {
		OID             uint32   `db:"oid"`
		Schema          string   `db:"schema"`
		Name            string   `db:"name"`
		Kind            string   `db:"kind"`
		IdentityArgs    string   `db:"identity_args"`
		Arguments       string   `db:"arguments"`
		Result          string   `db:"result"`
		Definition      string   `db:"definition"`
		Language        string   `db:"language"`
		Volatility      string   `db:"volatility"`
		Strict          bool     `db:"strict"`
		SecurityDefiner bool     `db:"security_definer"`
		Leakproof       bool     `db:"leakproof"`
		Parallel        string   `db:"parallel"`
		Config          []string `db:"config"`
		commonRow
	}
	return []query{collected[row]{"functions.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			common, err := x.common()
			if err != nil {
				return err
			}
			f := Function{
				Schema:          x.Schema,
				Name:            x.Name,
				Procedure:       x.Kind == "p",
				IdentityArgs:    x.IdentityArgs,
				Arguments:       x.Arguments,
				Result:          x.Result,
				Definition:      x.Definition,
				Language:        x.Language,
				Volatility:      x.Volatility,
				Strict:          x.Strict,
				SecurityDefiner: x.SecurityDefiner,
				Leakproof:       x.Leakproof,
				Parallel:        x.Parallel,
				Window:          x.Kind == "w",
				// nil when empty, as a decoded catalog has it (omitempty).
				Config: emptyToNil(x.Config),
				Common: common,
			}
			r.register(pgProc, x.OID, 0, f.ID())
			r.cat.Functions = append(r.cat.Functions, f)
		}
		return nil
	}}}
}
