package sqltext

import (
	"strings"
	"testing"
)

// long63 is 61 ASCII bytes and a two-byte "é": exactly NAMEDATALEN-1 bytes.
var long63 = strings.Repeat("n", 61) + "é"

func TestQuoteIdent(t *testing.T) {
	tests := []struct{ name, want string }{
		{"plain", "plain"},
		{"_under_score9", "_under_score9"},
		{"Upper", `"Upper"`},
		{"with space", `"with space"`},
		{"dot.ted", `"dot.ted"`},
		{"semi;colon", `"semi;colon"`},
		{`say "hi"`, `"say ""hi"""`},
		{`"`, `""""`},
		{`x"; DROP TABLE victim; --`, `"x""; DROP TABLE victim; --"`},
		{"select", `"select"`},           // reserved
		{"user", `"user"`},               // reserved
		{"system_user", `"system_user"`}, // a keyword from 16 on only
		{"json", `"json"`},               // a keyword from 16 on only
		{"text", "text"},                 // unreserved: bare
		{"9lives", `"9lives"`},
		{"naïve", `"naïve"`},
		{"ünïcødé", `"ünïcødé"`},
		{"$dollar", `"$dollar"`},
		{"a$b", `"a$b"`},
		{long63, `"` + long63 + `"`},
		{strings.Repeat("x", 63), strings.Repeat("x", 63)},
	}
	for _, tt := range tests {
		if got := QuoteIdent(tt.name); got != tt.want {
			t.Errorf("QuoteIdent(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestQualifiedIdent(t *testing.T) {
	tests := []struct{ schema, name, want string }{
		{"s", "t", "s.t"},
		{"", "t", "t"},
		{"My Schema", "order", `"My Schema"."order"`},
		{`a"b`, "c.d", `"a""b"."c.d"`},
	}
	for _, tt := range tests {
		if got := QualifiedIdent(tt.schema, tt.name); got != tt.want {
			t.Errorf("QualifiedIdent(%q, %q) = %s, want %s", tt.schema, tt.name, got, tt.want)
		}
	}
}

func TestQuoteLiteral(t *testing.T) {
	tests := []struct{ value, want string }{
		{"", "''"},
		{"plain", "'plain'"},
		{"it's", "'it''s'"},
		{"'); DROP TABLE victim; --", "'''); DROP TABLE victim; --'"},
		{`back\slash`, `E'back\\slash'`},
		{`\'; DROP TABLE victim; --`, `E'\\''; DROP TABLE victim; --'`},
		{`\`, `E'\\'`},
		{"$$ $function$ $_$", "'$$ $function$ $_$'"},
		{"line\nbreak */ /*", "'line\nbreak */ /*'"},
		{`"double"`, `'"double"'`},
		{"ünï", "'ünï'"},
	}
	for _, tt := range tests {
		if got := QuoteLiteral(tt.value); got != tt.want {
			t.Errorf("QuoteLiteral(%q) = %s, want %s", tt.value, got, tt.want)
		}
	}
}

func TestDollarQuote(t *testing.T) {
	tests := []struct{ body, want string }{
		{"SELECT 1", "$$SELECT 1$$"},
		{"a $$ b", "$_$a $$ b$_$"},
		{"a $$ $_$ b", "$__$a $$ $_$ b$__$"},
		{"$function$", "$_$$function$$_$"}, // "$$$function$$$" would close at "$$$"
		// A body ending in "$" would close early before "$$", and one
		// ending in "$_" before "$_$".
		{"ends in $", "$_$ends in $$_$"},
		{"x $$ ends in $_", "$__$x $$ ends in $_$__$"},
		{"", "$$$$"},
	}
	for _, tt := range tests {
		if got := DollarQuote(tt.body); got != tt.want {
			t.Errorf("DollarQuote(%q) = %s, want %s", tt.body, got, tt.want)
		}
	}
}

func TestNamesObject(t *testing.T) {
	tests := []struct {
		text, schema, name string
		want               bool
	}{
		{"s.t", "s", "t", true},
		{`s."t"`, "s", "t", true}, // quoted by a newer server only
		{`"s".system_user`, "s", "system_user", true},
		{`"My ""S"""."x; DROP"`, `My "S"`, "x; DROP", true},
		{`"a.b".c`, "a.b", "c", true},
		{`"a.b".c`, "a", "b.c", false},
		{"t", "", "t", true},
		{"s.t", "", "t", false},
		{"t", "s", "t", false},
		{"s.T", "s", "T", false}, // a bare name is never upper case
		{`s."T"`, "s", "T", true},
		{`s."t`, "s", "t", false},
		{`s."t"x`, "s", "t", false},
		{"s.t[]", "s", "t", false},
		{"character varying(10)", "", "character varying(10)", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		if got := NamesObject(tt.text, tt.schema, tt.name); got != tt.want {
			t.Errorf("NamesObject(%q, %q, %q) = %v, want %v", tt.text, tt.schema, tt.name, got, tt.want)
		}
	}
}

func TestCutUnquoted(t *testing.T) {
	tests := []struct {
		s, sep        string
		before, after string
		found         bool
	}{
		{"a integer ORDER BY b text", " ORDER BY ", "a integer", "b text", true},
		{`"p ORDER BY q" integer ORDER BY v text`, " ORDER BY ", `"p ORDER BY q" integer`, "v text", true},
		{`"x"" ORDER BY ""y" integer ORDER BY v text`, " ORDER BY ", `"x"" ORDER BY ""y" integer`, "v text", true},
		{`"p ORDER BY q" integer`, " ORDER BY ", `"p ORDER BY q" integer`, "", false},
		{"VARIADIC a text", " ORDER BY ", "VARIADIC a text", "", false},
		{`s."f(x)"(integer)`, "(", `s."f(x)"`, "integer)", true},
		{"", ",", "", "", false},
	}
	for _, tt := range tests {
		before, after, found := CutUnquoted(tt.s, tt.sep)
		if before != tt.before || after != tt.after || found != tt.found {
			t.Errorf("CutUnquoted(%q, %q) = %q, %q, %v, want %q, %q, %v",
				tt.s, tt.sep, before, after, found, tt.before, tt.after, tt.found)
		}
	}
}
