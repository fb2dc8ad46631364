package diffengine

import "testing"

func TestColumnTypeChange(t *testing.T) {
	for _, c := range []struct {
		from, to          string
		lossless, rewrite bool
	}{
		{"character varying(10)", "character varying(20)", true, false},
		{"character varying(20)", "character varying(10)", false, true},
		{"character varying(10)", "character varying", true, false},
		{"character varying(10)", "text", true, false},
		{"text", "character varying", true, false},
		{"text", "character varying(5)", false, true},
		{"integer", "bigint", true, true},
		{"bigint", "integer", false, true},
		{"integer", "numeric", true, true},
		{"numeric(10,2)", "numeric(12,2)", true, false},
		{"numeric(10,2)", "numeric(12,3)", false, true},
		{"numeric(10,2)", "numeric", true, false},
		{"numeric", "numeric(10,2)", false, true},
		{"timestamp(3) without time zone", "timestamp(6) without time zone", true, false},
		{"timestamp(3) without time zone", "timestamp without time zone", true, false},
		{"timestamp without time zone", "timestamp with time zone", false, true},
		{"character(5)", "character(8)", true, true},
		{"integer[]", "bigint[]", true, true},
		{"integer[]", "integer", false, true},
		{"character varying(10)[]", "character varying(20)[]", true, false},
		{"cidr", "inet", true, false},
		{"app.mood", "text", false, true},
		{"text", "integer", false, true},
	} {
		lossless, rewrite := columnTypeChange(c.from, c.to)
		if lossless != c.lossless || rewrite != c.rewrite {
			t.Errorf("%s → %s: lossless %v, rewrite %v; want %v, %v", c.from, c.to, lossless, rewrite, c.lossless, c.rewrite)
		}
	}
}
