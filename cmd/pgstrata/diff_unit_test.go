package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/snapshot"
)

// TestDescribeCapsTheList: a drift that withholds hundreds of statements
// still gets a short, one-line error.
func TestDescribeCapsTheList(t *testing.T) {
	var stmts []diffengine.Statement
	for i := range 25 {
		id := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: fmt.Sprintf("t%02d", i)}
		// Two statements on one object are named once.
		stmts = append(stmts, diffengine.Statement{ID: id, Action: "drop"}, diffengine.Statement{ID: id, Action: "drop"})
	}
	got := describe(stmts)
	if !strings.HasPrefix(got, "drop table app.t00, drop table app.t01, ") || !strings.HasSuffix(got, "drop table app.t09 and 15 more") {
		t.Errorf("describe = %q", got)
	}
	if got := describe(stmts[:4]); got != "drop table app.t00, drop table app.t01" {
		t.Errorf("describe of two objects = %q", got)
	}
}

// TestSameServer: two databases of one server are read without parallel
// workers (see snapshot.ReadOptions.NoParallelWorkers); anything else is
// not one server.
func TestSameServer(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"postgres://u@127.0.0.1:5432/a", "postgres://v@127.0.0.1:5432/b", true},
		{"postgres://u@127.0.0.1:5432/a", "host=127.0.0.1 port=5432 dbname=b", true},
		{"postgres://u@127.0.0.1:5432/a", "postgres://u@127.0.0.1:5433/a", false},
		{"postgres://u@db1/a", "postgres://u@db2/a", false},
		{"postgres://u@127.0.0.1/a", "testdata/missing.strata", false},
		{"postgres://[::1", "postgres://[::1", false},
	}
	for _, tc := range cases {
		if got := sameServer(tc.a, tc.b); got != tc.want {
			t.Errorf("sameServer(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
