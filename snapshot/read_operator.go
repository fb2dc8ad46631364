package snapshot

// Operators, read by themselves: they live in pg_operator, not pg_proc.

func operatorQueries() []query {
	type row struct {
		OID        uint32 `db:"oid"`
		Schema     string `db:"schema"`
		Name       string `db:"name"`
		Left       string `db:"left_type"`
		Right      string `db:"right_type"`
		Result     string `db:"result"`
		Function   string `db:"function"`
		Commutator string `db:"commutator"`
		Negator    string `db:"negator"`
		Restrict   string `db:"restrict"`
		Join       string `db:"join"`
		Hashes     bool   `db:"hashes"`
		Merges     bool   `db:"merges"`
		Owner      string `db:"owner"`
		Comment    string `db:"comment"`
	}
	return []query{collected[row]{"operators.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			o := Operator{Schema: x.Schema, Name: x.Name, Left: x.Left, Right: x.Right, Result: x.Result,
				Function: x.Function, Commutator: x.Commutator, Negator: x.Negator, Restrict: x.Restrict,
				Join: x.Join, Hashes: x.Hashes, Merges: x.Merges, Owner: x.Owner, Comment: x.Comment}
			r.register(pgOperator, x.OID, 0, o.ID())
			r.cat.Operators = append(r.cat.Operators, o)
		}
		return nil
	}}}
}
