package snapshot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// churnCycle returns the DDL transactions of generation i of the churn:
// create a table with everything hanging off it, change it in place a few
// ways, drop a type under one of its columns, and drop generation i-2
// (so two generations are alive at any time and every kind is created,
// changed and dropped while snapshots are taken).
func churnCycle(i int) []string {
	t := fmt.Sprintf("churn.t%d", i)
	return []string{
		fmt.Sprintf(`
			CREATE TYPE churn.e%[1]d AS ENUM ('a', 'b');
			CREATE DOMAIN churn.d%[1]d AS int CHECK (VALUE > 0);
			CREATE FUNCTION churn.f%[1]d(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
			CREATE FUNCTION churn.trg%[1]d() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
			CREATE TABLE %[2]s (
				id int PRIMARY KEY,
				a int DEFAULT churn.f%[1]d(1) CHECK (a > 0),
				b text UNIQUE,
				m churn.e%[1]d,
				d churn.d%[1]d,
				g int GENERATED ALWAYS AS (a * 2) STORED,
				parent int REFERENCES %[2]s (id));
			CREATE INDEX ON %[2]s ((a + 1)) WHERE b <> '';
			CREATE TRIGGER tr BEFORE INSERT ON %[2]s FOR EACH ROW EXECUTE FUNCTION churn.trg%[1]d();
			CREATE VIEW churn.v%[1]d AS SELECT id, a, churn.f%[1]d(a) AS fa FROM %[2]s;
			ALTER TABLE %[2]s ENABLE ROW LEVEL SECURITY;
			CREATE POLICY p ON %[2]s USING (a > 1);
			CREATE SEQUENCE churn.s%[1]d OWNED BY %[2]s.id;
			CREATE STATISTICS churn.st%[1]d ON a, b FROM %[2]s`, i, t),
		fmt.Sprintf(`ALTER TABLE %s ALTER COLUMN b TYPE varchar(100)`, t), // rebuilds the unique index
		fmt.Sprintf(`ALTER TABLE %s ADD COLUMN c int DEFAULT 0`, t),
		fmt.Sprintf(`ALTER TABLE %s DROP COLUMN c`, t),
		fmt.Sprintf(`DROP TYPE churn.e%d CASCADE`, i), // drops column m
		fmt.Sprintf(`CREATE OR REPLACE FUNCTION churn.f%d(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 2'`, i),
		fmt.Sprintf(`
			DROP TABLE IF EXISTS churn.t%[1]d CASCADE;
			DROP FUNCTION IF EXISTS churn.f%[1]d(int), churn.trg%[1]d() CASCADE;
			DROP DOMAIN IF EXISTS churn.d%[1]d CASCADE`, i-2),
	}
}

// churn runs churnCycle's transactions one after another, pausing after
// each commit for as long as pause says then, until ctx ends. It returns
// how many it committed.
func churn(ctx context.Context, conn *pgx.Conn, pause func() time.Duration) (int, error) {
	n := 0
	for i := 2; ; i++ { // from 2: generation i-2 is the one dropped
		for _, tx := range churnCycle(i) {
			if ctx.Err() != nil {
				return n, nil
			}
			// Several statements in one simple-protocol Exec run as one
			// transaction.
			if _, err := conn.Exec(ctx, tx); err != nil {
				if ctx.Err() != nil {
					return n, nil
				}
				return n, fmt.Errorf("%s: %w", strings.TrimSpace(tx), err)
			}
			n++
			select {
			case <-ctx.Done():
			case <-time.After(pause()):
			}
		}
	}
}

// TestReadUnderConcurrentDDL takes snapshots while another connection
// creates, alters and drops objects in a loop: every read must succeed —
// starting over when a deparse function meets an object dropped after the
// snapshot — and give a consistent catalog.
func TestReadUnderConcurrentDDL(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := loadFixture(t, c)
		c.Exec(t, db, "CREATE SCHEMA churn")
		ddl := c.Connect(t, db)

		conn, err := snapshot.Connect(context.Background(), c.URL(db))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(context.Background())

		// The DDL loop pauses after each commit for twice as long as a quiet
		// read takes, on a fast machine as on a loaded one: a good
		// share of the attempts then meet a commit that drops something in
		// their snapshot and start over (see the log), and each read gets
		// through within Read's retries. (Under DDL committed faster than a
		// read takes, each attempt likely fails and Read gives up after
		// maxReadAttempts: see Read.) The pause follows the attempts as
		// they go: a machine that gets busier during the test (other
		// packages' tests run beside this one) slows the reads, and a pause
		// measured before that failed this test as Read is meant to fail.
		opts := snapshot.ReadOptions{LockTimeout: 5 * time.Second, StatementTimeout: time.Minute}
		quiet := time.Hour
		for range 3 {
			started := time.Now()
			cat, _, err := snapshot.Read(context.Background(), conn, opts)
			if err != nil {
				t.Fatal(err)
			}
			quiet = min(quiet, time.Since(started))
			checkConsistent(t, "quiet read", cat)
		}
		var pauseNanos atomic.Int64
		pauseNanos.Store(int64(max(10*time.Millisecond, 2*quiet)))
		pause := func() time.Duration { return time.Duration(pauseNanos.Load()) }
		slowest := func(attempt time.Duration) {
			for {
				old := pauseNanos.Load()
				if int64(2*attempt) <= old || pauseNanos.CompareAndSwap(old, int64(2*attempt)) {
					return
				}
			}
		}

		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		var wg sync.WaitGroup
		var ddlErr error
		var commits int
		wg.Go(func() { commits, ddlErr = churn(ctx, ddl, pause) })

		const wantReads = 40
		deadline := time.Now().Add(20 * time.Second)
		reads, retries := 0, 0
		opts.Trace = func(step string, took time.Duration) {
			if strings.HasPrefix(step, "attempt ") {
				slowest(took)
				retries++
				if retries <= 5 {
					t.Log(step) // shown with -v: what made reads start over
				}
			}
		}
		for reads < wantReads && time.Now().Before(deadline) {
			started, retriesBefore := time.Now(), retries
			cat, _, err := snapshot.Read(context.Background(), conn, opts)
			if retries == retriesBefore {
				slowest(time.Since(started)) // one attempt: the read's time
			}
			reads++
			if err != nil {
				t.Errorf("read %d: %v", reads, err)
				continue
			}
			checkConsistent(t, fmt.Sprintf("read %d", reads), cat)
		}
		stop()
		wg.Wait()
		if ddlErr != nil {
			t.Fatalf("DDL loop: %v", ddlErr)
		}
		if commits == 0 {
			t.Fatalf("the DDL loop committed nothing while the snapshots were taken")
		}
		t.Logf("%d snapshots (%d attempts started over) during %d DDL transactions, %s apart at the end", reads, retries, commits, pause())
	})
}

// checkConsistent fails the test if cat breaks Catalog.Validate's
// invariants, or if any reference between its objects points outside it.
// The second check is stricter than Validate (a real database may refer to
// tables and schemas of extensions, which the catalog leaves out), which is
// right for the fixture: nothing in it does.
func checkConsistent(t *testing.T, what string, cat *snapshot.Catalog) {
	t.Helper()
	if err := cat.Validate(); err != nil {
		t.Errorf("%s: %v", what, err)
	}
	schemas := map[string]bool{}
	for _, s := range cat.Schemas {
		schemas[s.Name] = true
	}
	tables := map[snapshot.QualifiedName]map[string]bool{}
	for _, tb := range cat.Tables {
		cols := map[string]bool{}
		for _, col := range tb.Columns {
			cols[col.Name] = true
		}
		tables[snapshot.QualifiedName{Schema: tb.Schema, Name: tb.Name}] = cols
	}
	relations := map[snapshot.QualifiedName]bool{}
	for name := range tables {
		relations[name] = true
	}
	for _, v := range cat.Views {
		relations[snapshot.QualifiedName{Schema: v.Schema, Name: v.Name}] = true
	}
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	cat.EachID(func(id snapshot.ObjectID) {
		switch id.Kind {
		case snapshot.KindSchema, snapshot.KindExtension, snapshot.KindLanguage, snapshot.KindCast,
			snapshot.KindEventTrigger, snapshot.KindPublication, snapshot.KindForeignDataWrapper,
			snapshot.KindForeignServer, snapshot.KindDefaultPrivilege:
			if id.Kind == snapshot.KindDefaultPrivilege && id.Schema != "" && !schemas[id.Schema] {
				bad("%s: schema not in the catalog", id)
			}
		default:
			if !schemas[id.Schema] {
				bad("%s: schema not in the catalog", id)
			}
		}
	})
	table := func(from string, q snapshot.QualifiedName) {
		if tables[q] == nil {
			bad("%s refers to table %s, which is not in the catalog", from, q)
		}
	}
	for _, tb := range cat.Tables {
		if tb.PartitionOf != nil {
			table(tb.ID().String(), *tb.PartitionOf)
		}
		for _, p := range tb.Inherits {
			table(tb.ID().String(), p)
		}
	}
	for _, con := range cat.Constraints {
		if con.References != nil {
			table(con.ID().String(), *con.References)
		}
	}
	for _, s := range cat.Statistics {
		if !relations[s.Table] {
			bad("%s is on %s, which is not in the catalog", s.ID(), s.Table)
		}
	}
	for _, p := range cat.Publications {
		for _, pt := range p.Tables {
			table(p.ID().String(), pt.Table)
		}
	}
	for _, s := range cat.Sequences {
		if o := s.OwnedBy; o != nil && !tables[snapshot.QualifiedName{Schema: o.Schema, Name: o.Table}][o.Column] {
			bad("%s is owned by %s.%s.%s, which is not in the catalog", s.ID(), o.Schema, o.Table, o.Column)
		}
	}
	if len(problems) > 0 {
		t.Errorf("%s: inconsistent catalog:\n%s", what, strings.Join(problems, "\n"))
	}
}
