package diffengine

import "testing"

// TestDefaultIndexName checks the names PostgreSQL would give a new
// partition's copies of its parent's indexes, and that anything this
// cannot tell gives "" (the partition is then built on its own and
// attached, which is right whatever the names).
func TestDefaultIndexName(t *testing.T) {
	for _, c := range []struct{ table, label, def, want string }{
		{"sale_2026", "pkey", "PRIMARY KEY (id, at)", "sale_2026_pkey"},
		{"sale_2026", "key", "UNIQUE (code, at)", "sale_2026_code_at_key"},
		{"sale_2026", "key", "UNIQUE NULLS NOT DISTINCT (code)", "sale_2026_code_key"},
		{"sale_2026", "idx", "CREATE INDEX sale_2026_amount_idx ON app.sale_2026 USING btree (amount DESC)", "sale_2026_amount_idx"},
		{"p", "idx", "CREATE INDEX x ON app.p USING btree (a) INCLUDE (b, c)", "p_a_b_c_idx"},
		{"p", "idx", `CREATE INDEX x ON app.p USING btree ("Mixed", b text_pattern_ops)`, "p_Mixed_b_idx"},
		{"p", "excl", "EXCLUDE USING gist (r WITH &&)", "p_r_excl"},
		{"p", "idx", "CREATE INDEX x ON app.p USING btree (lower(a))", ""},
		{"p", "idx", "CREATE INDEX x ON app.p USING btree ((a + 1))", ""},
		{"p", "idx", `CREATE INDEX x ON app.p USING btree ("a""b")`, ""},
		{"a_name_that_is_long_enough_to_be_cut_by_postgres", "idx", "CREATE INDEX x ON s.t USING btree (another_long_column)", ""},
	} {
		if got := defaultIndexName(c.table, c.label, c.def); got != c.want {
			t.Errorf("defaultIndexName(%q, %q, %q) = %q, want %q", c.table, c.label, c.def, got, c.want)
		}
	}
}
