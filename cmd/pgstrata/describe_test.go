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
