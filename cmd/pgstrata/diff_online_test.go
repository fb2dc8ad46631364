package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pgstrata/pgstrata/internal/pgtest"
)

// TestDiffOnline runs diff --online on live databases: an index added to
// an existing table is built concurrently in a segment outside a
// transaction, the script says how to run it and sets the timeouts the
// flags give, json numbers the segments, and the script applies with psql
// without -1.
func TestDiffOnline(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		from, to := c.CreateDB(t), c.CreateDB(t)
		c.LoadSQL(t, from, `CREATE SCHEMA app; CREATE TABLE app.t (id integer PRIMARY KEY, c text);
			INSERT INTO app.t SELECT g, 'c' || g FROM generate_series(1, 100) g;`)
		c.LoadSQL(t, to, `CREATE SCHEMA app; CREATE TABLE app.t (id integer PRIMARY KEY, c text, d date);
			CREATE INDEX t_c ON app.t (c);`)

		code, out, stderr := runCLI(t, "diff", "--online", "--online-lock-timeout", "1500ms", "--online-statement-timeout", "2h", c.URL(from), c.URL(to))
		if code != exitDifferences || stderr != "" {
			t.Fatalf("status %d, stderr %q", code, stderr)
		}
		for _, want := range []string{
			"psql -X -v ON_ERROR_STOP=1 -f FILE",
			"-- segment 1 of 2: in a transaction\n",
			"-- segment 2 of 2: outside a transaction",
			"SET lock_timeout = '1500ms';\nSET statement_timeout = '120min';\n",
			"BEGIN;\n\nALTER TABLE app.t ADD COLUMN d date;\n\nCOMMIT;\n",
			"DROP INDEX CONCURRENTLY IF EXISTS app.t_c;\n\nCREATE INDEX CONCURRENTLY t_c ON app.t USING btree (c);\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("the script lacks %q:\n%s", want, out)
			}
		}
		if err := c.RunScript(from, out); err != nil {
			t.Fatalf("the online script fails: %v", err)
		}
		if code, out, _ := runCLI(t, "diff", c.URL(from), c.URL(to)); code != exitOK {
			t.Errorf("after the script, diff exits %d:\n%s", code, out)
		}

		code, out, _ = runCLI(t, "diff", "--online", "--format", "json", c.URL(to), c.URL(to)) // an empty plan
		if code != exitOK || strings.Contains(out, `"segments"`) {
			t.Errorf("empty online plan: status %d, json:\n%s", code, out)
		}
	})
}

// TestDiffOnlineJSON checks the json of an online plan: a segment number on
// each statement and the segments list.
func TestDiffOnlineJSON(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		from, to := c.CreateDB(t), c.CreateDB(t)
		c.LoadSQL(t, from, `CREATE SCHEMA app; CREATE TABLE app.t (id integer PRIMARY KEY, c text);`)
		c.LoadSQL(t, to, `CREATE SCHEMA app; CREATE TABLE app.t (id integer PRIMARY KEY, c text CHECK (c <> ''));
			CREATE INDEX t_c ON app.t (c);`)
		code, out, stderr := runCLI(t, "diff", "--online", "--format", "json", c.URL(from), c.URL(to))
		if code != exitDifferences {
			t.Fatalf("status %d, stderr %q", code, stderr)
		}
		var plan struct {
			Settings   []string `json:"settings"`
			Statements []struct {
				SQL              string `json:"sql"`
				Segment          int    `json:"segment"`
				NonTransactional bool   `json:"non_transactional"`
			} `json:"statements"`
			Segments []struct {
				Number, First, Last int
				Transaction         bool
			} `json:"segments"`
		}
		if err := json.Unmarshal([]byte(out), &plan); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range plan.Statements {
			got = append(got, s.SQL)
		}
		// ADD CONSTRAINT … NOT VALID, VALIDATE alone, then the index's guard
		// and build outside a transaction (or the index first: the order is
		// the planner's; each must be in a segment of the right kind).
		if len(plan.Segments) != 3 || len(plan.Statements) != 4 {
			t.Fatalf("want 4 statements in 3 segments, got %v and %+v", got, plan.Segments)
		}
		for _, s := range plan.Statements {
			seg := plan.Segments[s.Segment-1]
			if seg.Transaction == s.NonTransactional {
				t.Errorf("%s is in segment %+v", s.SQL, seg)
			}
		}
		if !strings.Contains(strings.Join(plan.Settings, "\n"), "SET lock_timeout = '3s';") {
			t.Errorf("settings lack the default lock timeout: %q", plan.Settings)
		}
	})
}

// TestDiffOnlineFlags: the online timeouts need --online, and a negative
// or too long one is refused, before any source is read.
func TestDiffOnlineFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--online-lock-timeout", "10s"}, "apply with --online only"},
		{[]string{"--online-statement-timeout", "1m"}, "apply with --online only"},
		{[]string{"--online", "--online-lock-timeout=-1s"}, "--online-lock-timeout=-1s: want 0"},
		{[]string{"--online", "--online-statement-timeout", "1000h"}, "--online-statement-timeout=1000h0m0s: want 0"},
	} {
		code, _, stderr := runCLI(t, append([]string{"diff", "nope.strata", "also-nope.strata"}, tc.args...)...)
		assertOneLineError(t, code, stderr, tc.want)
	}
}
