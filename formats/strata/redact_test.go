package strata

import (
	"strings"
	"testing"
)

func TestRedactSource(t *testing.T) {
	tests := []struct{ in, want string }{
		// URLs
		{"postgres://user:secret@db.example:5432/prod", "postgres://user@db.example:5432/prod"},
		{"postgresql://user:secret@db/prod?sslmode=require&password=secret&application_name=x",
			"postgresql://user@db/prod?sslmode=require&application_name=x"},
		{"postgres://user@db/prod", "postgres://user@db/prod"},
		{"postgres://db/prod?password=secret", "postgres://db/prod"},
		{"postgres://db?password=secret", "postgres://db"},
		{"postgres://db/prod?pass%77ord=secret&x=1", "postgres://db/prod?x=1"},
		{"postgres://db/prod?sslpassword=secret#frag", "postgres://db/prod#frag"},
		{"postgres://user:p%40secret@db/prod", "postgres://user@db/prod"},
		{"postgres://user:p@secret@db/prod", "postgres://user@db/prod"}, // unescaped '@': all of it goes
		{"postgres://user:p#secret@db/prod", "postgres://user@db/prod"},
		{"postgres://:secret@db/prod", "postgres://@db/prod"},
		{"postgres://user:secret@h1:5432,h2:5433/prod", "postgres://user@h1:5432,h2:5433/prod"},
		{"POSTGRES://user:secret@db/prod", "POSTGRES://user@db/prod"},
		{"postgres://", "postgres://"},
		// a key=value password with a space, unquoted: the words after it
		// up to the next libpq keyword are taken for the rest of it
		{"host=h password=my secret user=u", "host=h user=u"},
		{"host=h password=my secret=x dbname=d", "host=h dbname=d"},
		{"password=my two words", ""},
		{"host=h password='my secret' user=u", "host=h user=u"},
		{"host=h password='q' other=1", "host=h other=1"}, // quoted: it ended at the quote
		// mistyped schemes and malformed URLs: the password goes whole,
		// even where a parser would have split it elsewhere
		{"postgresq://user:secret@db/prod", "postgresq://user@db/prod"},
		{"PostgreSQL://user:secret@db/prod", "PostgreSQL://user@db/prod"},
		{"POSTGRES://user:secret@db/prod?sslmode=disable", "POSTGRES://user@db/prod?sslmode=disable"},
		{"http://user:secret@db/prod", "http://user@db/prod"},
		{"postgres://user:se/cret@db/prod", "postgres://user@db/prod"},
		{"postgres://user:se/c@r/et@db/prod", "postgres://user@db/prod"},
		{"postgres://user:se?cret@db/prod", "postgres://user@db/prod"},
		{"postgres://user:1234/secret@db/prod", "postgres://user@db/prod"},
		{"postgres://user:sec:ret@db/prod", "postgres://user@db/prod"},
		{"postgres://user:sec%ZZret@db/prod", "postgres://user@db/prod"},
		{"postgres://db/prod?PASSWORD=secret&Password=secret", "postgres://db/prod"},
		// conninfo
		{"host=db user=u password=secret dbname=prod", "host=db user=u dbname=prod"},
		{"password=secret", ""},
		{"password = secret host=db", "host=db"},
		{"host=db password='se cret \\' secret' dbname=prod", "host=db dbname=prod"},
		{"host=db password=sec\\ ret\\ secret port=5432", "host=db port=5432"},
		{"host=db password='unterminated secret", "host=db"},
		{"host=db password=", "host=db"},
		{"host=db sslpassword=secret sslkey=/k", "host=db sslkey=/k"},
		{"host=db passfile=/home/u/.pgpass", "host=db passfile=/home/u/.pgpass"},
		{"host=db PASSWORD=secret Password = secret SSLPassword=secret", "host=db"},
		{"dbname=app user:secret@db", "dbname=app user@db"},
		{"host='my db' application_name='a b'", "host='my db' application_name='a b'"},
		{"  host=db\tuser=u  ", "host=db user=u"},
		// anything else
		{"", ""},
		{"prod.strata", "prod.strata"},
		{"/backups/prod.strata", "/backups/prod.strata"},
		{"user:secret@db", "user@db"},
		{"postgres:/user:secret@db/prod", "postgres@db/prod"},
		{"postgres:user:se/cret@db", "postgres@db"},
	}
	for _, tt := range tests {
		got := RedactSource(tt.in)
		if got != tt.want {
			t.Errorf("RedactSource(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
		if strings.Contains(got, "secret") {
			t.Errorf("RedactSource(%q) = %q still holds the secret", tt.in, got)
		}
	}
}

// TestEncodeRedacts: a password the caller forgot to remove never reaches the file.
func TestEncodeRedacts(t *testing.T) {
	h := sampleHeader()
	h.Source = "host=db password=hunter2"
	file := encode(t, h, sampleCatalog())
	if strings.Contains(string(file), "hunter2") {
		t.Error("the password is in the file")
	}
}
