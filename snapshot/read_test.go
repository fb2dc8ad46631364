package snapshot_test

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/internal/testdiff"
	"github.com/pgstrata/pgstrata/snapshot"
)

// fixtureDir holds the SQL files that together create every kind the model
// captures.
var fixtureDir = filepath.Join("..", "testdata", "snapshot")

// fixtureFiles are loaded in this order; a file is loaded only on servers
// at least as new as its major.
var fixtureFiles = []struct {
	name  string
	major int
}{
	{"relations.sql", 12}, {"relations_pg15.sql", 15},
	{"routines.sql", 12}, {"routines_pg13.sql", 13}, {"routines_pg14.sql", 14}, {"routines_pg15.sql", 15},
	{"textsearch.sql", 12},
}

// loadFixture loads every fixture file that the server's major supports
// into a fresh database and returns its name: together they create every
// kind the model captures.
func loadFixture(t *testing.T, c *pgtest.Cluster) string {
	t.Helper()
	db := c.CreateDB(t)
	for _, f := range fixtureFiles {
		if c.Major >= f.major {
			c.LoadFile(t, db, filepath.Join(fixtureDir, f.name))
		}
	}
	return db
}

func readCatalog(t *testing.T, c *pgtest.Cluster, db string) *snapshot.Catalog {
	t.Helper()
	return readCatalogWith(t, c, db, snapshot.ReadOptions{})
}

// readCatalogWith reads db with opts, whose timeouts it sets.
func readCatalogWith(t *testing.T, c *pgtest.Cluster, db string, opts snapshot.ReadOptions) *snapshot.Catalog {
	t.Helper()
	ctx := context.Background()
	conn, err := snapshot.Connect(ctx, c.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	opts.LockTimeout, opts.StatementTimeout = 5*time.Second, time.Minute
	cat, info, err := snapshot.Read(ctx, conn, opts)
	if err != nil {
		t.Fatal(err)
	}
	if info.VersionNum/10000 != c.Major {
		t.Fatalf("server_version_num %d is not major %d", info.VersionNum, c.Major)
	}
	return cat
}

func find[T snapshot.Object](t *testing.T, objects []T, id snapshot.ObjectID) T {
	t.Helper()
	for _, o := range objects {
		if o.ID() == id {
			return o
		}
	}
	t.Fatalf("%s not captured", id)
	var zero T
	return zero
}

func column(t *testing.T, table snapshot.Table, name string) snapshot.Column {
	t.Helper()
	for _, c := range table.Columns {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("column %s not captured in %s", name, table.ID())
	return snapshot.Column{}
}

func TestReadRelationsFixture(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		cat := readCatalog(t, c, loadFixture(t, c))

		accounts := find(t, cat.Tables, snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: "accounts"})
		if !accounts.RowSecurity || !accounts.ForceRowSecurity || accounts.ReplicaIdentity != "i" {
			t.Errorf("accounts RLS/replica identity: %+v", accounts)
		}
		if got := accounts.Options; !reflect.DeepEqual(got, []string{"fillfactor=70", "autovacuum_enabled=false"}) {
			t.Errorf("accounts options = %q", got)
		}
		id := column(t, accounts, "id").Details.OrZero()
		if id.Identity == nil || id.Identity.Generated != "a" || id.Identity.Start != 100 || id.Identity.Increment != 10 || id.Identity.Cache != 5 {
			t.Errorf("identity column: %+v", id.Identity)
		}
		if name := column(t, accounts, "name"); name.Default != `'it''s \ $$ quoted'::text` || name.Details.OrZero().Collation != `pg_catalog."C"` {
			t.Errorf("name column: default %q collation %q", name.Default, name.Details.OrZero().Collation)
		}
		if bal := column(t, accounts, "balance"); bal.Details.OrZero().Generated != "s" || bal.Default != "(id * 2)" {
			t.Errorf("generated column: %+v", bal)
		}
		if tags := column(t, accounts, "tags").Details.OrZero(); tags.Storage != "e" {
			t.Errorf("tags storage = %q", tags.Storage)
		}
		if score := column(t, accounts, "score"); score.Details.OrZero().StatisticsTarget == nil || *score.Details.StatisticsTarget != 500 || score.Type != "numeric(10,2)" {
			t.Errorf("score: %+v", score)
		}
		email := column(t, accounts, "email").Details.OrZero()
		if email.Comment != "login" || len(email.ACL) != 1 || email.ACL[0].Grantee != "Strata Writer" || email.ACL[0].Privileges != "r" {
			t.Errorf("email column comment/ACL: %+v", email)
		}

		unique := find(t, cat.Constraints, snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: "app", Table: "accounts", Name: "accounts_email_key"})
		if !unique.Deferrable || !unique.InitiallyDeferred || unique.Index != "accounts_email_key" {
			t.Errorf("deferrable unique: %+v", unique)
		}
		notValid := find(t, cat.Constraints, snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: `Weird "Schema".x`, Table: "Order Lines", Name: "lines_from_fk"})
		if !notValid.NotValid || notValid.References == nil || notValid.References.Name != "Order Lines" {
			t.Errorf("NOT VALID self-referencing FK: %+v", notValid)
		}

		ix := find(t, cat.Indexes, snapshot.ObjectID{Kind: snapshot.KindIndex, Schema: "app", Name: "accounts_created"})
		if !ix.Clustered || !ix.ReplicaIdentity || !ix.Unique {
			t.Errorf("clustered replica-identity index: %+v", ix)
		}
		part := find(t, cat.Indexes, snapshot.ObjectID{Kind: snapshot.KindIndex, Schema: "app", Name: "events_2020_kind_idx"})
		if part.PartitionOf == nil || part.PartitionOf.Name != "events_kind" {
			t.Errorf("partition index not attached: %+v", part)
		}

		p2021 := find(t, cat.Tables, snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: "events_2021"})
		if p2021.PartitionOf == nil || p2021.PartitionKey != "LIST (kind)" || p2021.PartitionBound != "FOR VALUES FROM ('2021-01-01') TO ('2022-01-01')" {
			t.Errorf("sub-partitioned partition: %+v", p2021)
		}
		child := find(t, cat.Tables, snapshot.ObjectID{Kind: snapshot.KindTable, Schema: "app", Name: "child"})
		if len(child.Inherits) != 1 || child.Inherits[0].Name != "base" || !column(t, child, "id").Details.OrZero().InheritedOnly {
			t.Errorf("inheritance: %+v", child)
		}
		remote := find(t, cat.Tables, snapshot.ObjectID{Kind: snapshot.KindForeignTable, Schema: "app", Name: "remote"})
		if remote.ForeignServer != "strata_srv" || !reflect.DeepEqual(column(t, remote, "id").Details.OrZero().ForeignOptions, []string{"column_name=remote_id"}) {
			t.Errorf("foreign table: %+v", remote)
		}

		mood := find(t, cat.Enums, snapshot.ObjectID{Kind: snapshot.KindEnum, Schema: "app", Name: "mood"})
		if !reflect.DeepEqual(mood.Labels, []string{"sad", "meh", "ok", "happy", ""}) {
			t.Errorf("enum labels = %q", mood.Labels)
		}
		positive := find(t, cat.Domains, snapshot.ObjectID{Kind: snapshot.KindDomain, Schema: "app", Name: "positive"})
		if !positive.NotNull || positive.Default != "1" || len(positive.Constraints) != 3 {
			t.Errorf("domain: %+v", positive)
		}
		pair := find(t, cat.CompositeTypes, snapshot.ObjectID{Kind: snapshot.KindCompositeType, Schema: "app", Name: "pair"})
		if len(pair.Attributes) != 2 || pair.Attributes[1].Name != "Right Side" || pair.Attributes[0].Comment != "an attribute comment" {
			t.Errorf("composite: %+v", pair)
		}
		seq := find(t, cat.Sequences, snapshot.ObjectID{Kind: snapshot.KindSequence, Schema: "app", Name: "counter"})
		if seq.OwnedBy == nil || seq.OwnedBy.Column != "score" || !seq.Cycle || seq.Min != -100 {
			t.Errorf("sequence: %+v", seq)
		}
		for _, s := range cat.Sequences {
			if s.Name == "accounts_id_seq" {
				t.Errorf("identity sequence listed as a sequence")
			}
		}
		view := find(t, cat.Views, snapshot.ObjectID{Kind: snapshot.KindView, Schema: "app", Name: "active_accounts"})
		if !reflect.DeepEqual(view.Options, []string{"security_barrier=true", "check_option=local"}) || view.Comment != "view comment" {
			t.Errorf("view: %+v", view)
		}
		mv := find(t, cat.Views, snapshot.ObjectID{Kind: snapshot.KindMaterializedView, Schema: "app", Name: "mood_counts"})
		if mv.Populated {
			t.Errorf("WITH NO DATA materialized view is populated")
		}

		// Extension members are not captured one by one.
		for _, d := range cat.Domains {
			if d.Schema == "public" {
				t.Errorf("extension member captured: %s", d.ID())
			}
		}
		// Dependencies resolve to identities, including through extensions.
		wantEdges := []snapshot.Dependency{
			{From: snapshot.ObjectID{Kind: snapshot.KindDomain, Schema: "app", Name: "email"}, To: snapshot.ObjectID{Kind: snapshot.KindExtension, Name: "citext"}},
			{From: snapshot.ObjectID{Kind: snapshot.KindView, Schema: "app", Name: "active_names"}, To: snapshot.ColumnID("app", "active_accounts", "name")},
			{From: snapshot.ColumnID("app", "accounts", "mood"), To: snapshot.ObjectID{Kind: snapshot.KindEnum, Schema: "app", Name: "mood"}},
		}
		for _, want := range wantEdges {
			found := false
			for _, d := range cat.Dependencies {
				found = found || (d.From == want.From && d.To == want.To)
			}
			if !found {
				t.Errorf("missing dependency %s -> %s", want.From, want.To)
			}
		}
	})
}

// TestSnapshotFileRoundTrip writes the fixture's catalog to a file and reads
// it back: the model must survive unchanged. The catalog, as read from a
// server, must pass the checks every file read runs (Validate,
// CheckSQLFields); diffengine's round trips and cmd/pgstrata's corpus test
// read every case's and corpus schema's snapshot through the same checks.
func TestSnapshotFileRoundTrip(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		cat := readCatalog(t, c, loadFixture(t, c))
		if err := cat.Validate(); err != nil {
			t.Error(err)
		}
		if err := cat.CheckSQLFields(); err != nil {
			t.Error(err)
		}
		path := filepath.Join(t.TempDir(), "fixture.strata")
		if err := strata.WriteFile(path, strata.Header{ToolVersion: "test"}, cat); err != nil {
			t.Fatal(err)
		}
		file, err := strata.ReadFile(path, strata.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		file.Catalog.ExpandDependencies() // a decoded catalog holds its edges by number
		if !reflect.DeepEqual(file.Catalog, cat) {
			t.Fatalf("catalog changed through the file:\n%s", testdiff.Values(cat, file.Catalog))
		}
	})
}

// TestDeterministicAndOIDIndependent loads the same fixture into two
// databases (different OIDs) and reads one of them twice: all three bodies
// must be byte-identical.
func TestDeterministicAndOIDIndependent(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		first, second := loadFixture(t, c), loadFixture(t, c)
		var bodies [][]byte
		for _, db := range []string{first, first, second} {
			body, _, err := strata.EncodeBody(readCatalog(t, c, db))
			if err != nil {
				t.Fatal(err)
			}
			bodies = append(bodies, body)
		}
		if !bytes.Equal(bodies[0], bodies[1]) {
			t.Errorf("two snapshots of one unchanged database differ")
		}
		if !bytes.Equal(bodies[0], bodies[2]) {
			t.Errorf("the same schema in two databases gives different bodies")
		}
	})
}

// TestNotModeled checks that objects the model does not capture are counted
// per catalog rather than dropped silently, and that extension members are
// not counted.
func TestNotModeled(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, `
			CREATE EXTENSION IF NOT EXISTS pg_trgm; -- brings opclasses that must not count
			CREATE SCHEMA x;
			CREATE TEXT SEARCH CONFIGURATION x.english_copy (COPY = pg_catalog.english); -- modeled: not counted
			CREATE TEXT SEARCH DICTIONARY x.simple_dict (TEMPLATE = pg_catalog.simple);
			CREATE TEXT SEARCH TEMPLATE x.tmpl (LEXIZE = pg_catalog.dsimple_lexize);
			CREATE TEXT SEARCH PARSER x.prs (START = pg_catalog.prsd_start, GETTOKEN = pg_catalog.prsd_nexttoken,
				END = pg_catalog.prsd_end, LEXTYPES = pg_catalog.prsd_lextype);
			CREATE TYPE x.shell;
			CREATE OPERATOR FAMILY x.fam USING btree;
		`)
		got := map[string]int{}
		for _, c := range readCatalog(t, c, db).NotModeled {
			got[c.Catalog] = c.Count
		}
		want := map[string]int{"pg_ts_parser": 1, "pg_ts_template": 1, "pg_type (base and shell types)": 1, "pg_opfamily": 1}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("not modeled = %v, want %v", got, want)
		}
	})
}

// TestReferencesToUncapturedTable: a sequence owned by a column, and a
// foreign key referencing a table, that the reader does not capture (here
// a member of an extension) keep their OWNED BY and REFERENCES, named by
// the server since the reader has no such table.
func TestReferencesToUncapturedTable(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, `
			CREATE EXTENSION citext;
			CREATE TABLE ext_table (id int PRIMARY KEY);
			ALTER EXTENSION citext ADD TABLE ext_table;
			CREATE SEQUENCE owned_elsewhere OWNED BY ext_table.id;
			CREATE TABLE mine (id serial, ext_id int CONSTRAINT to_ext REFERENCES ext_table ON DELETE CASCADE);
		`)
		cat := readCatalog(t, c, db)
		got := map[string]string{}
		for _, s := range cat.Sequences {
			if s.OwnedBy != nil {
				got[s.Name] = s.OwnedBy.Schema + "." + s.OwnedBy.Table + "." + s.OwnedBy.Column
			}
		}
		want := map[string]string{"owned_elsewhere": "public.ext_table.id", "mine_id_seq": "public.mine.id"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("owners %v, want %v", got, want)
		}
		fk := find(t, cat.Constraints, snapshot.Constraint{Schema: "public", Table: "mine", Name: "to_ext"}.ID())
		if fk.References == nil || *fk.References != (snapshot.QualifiedName{Schema: "public", Name: "ext_table"}) ||
			fk.Definition != "FOREIGN KEY (ext_id) REFERENCES public.ext_table(id) ON DELETE CASCADE" {
			t.Errorf("foreign key to the extension's table: %+v", fk)
		}
	})
}

// TestExtensionUpdateTargets: a snapshot records where each extension can
// be updated to on its server, so that an offline diff can tell a version
// change that will fail there.
func TestExtensionUpdateTargets(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		db := c.CreateDB(t)
		c.LoadSQL(t, db, `CREATE EXTENSION hstore VERSION '1.4'; CREATE EXTENSION citext;`)
		cat := readCatalog(t, c, db)
		hstore := find(t, cat.Extensions, snapshot.Extension{Name: "hstore"}.ID())
		if !hstore.UpdatesKnown || !slices.Contains(hstore.UpdateTargets, "1.5") || !slices.Contains(hstore.UpdateTargets, "1.8") ||
			slices.Contains(hstore.UpdateTargets, "1.4") || !slices.IsSorted(hstore.UpdateTargets) {
			t.Errorf("hstore 1.4: %+v", hstore)
		}
		citext := find(t, cat.Extensions, snapshot.Extension{Name: "citext"}.ID())
		if !citext.UpdatesKnown {
			t.Errorf("citext: %+v", citext)
		}
	})
}
