package snapshot_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/internal/pgtest"
	"github.com/pgstrata/pgstrata/snapshot"
)

// loadRoutinesFixture loads testdata/snapshot/routines.sql, plus the
// additions for newer majors, into a fresh database and returns its name.
func loadRoutinesFixture(t *testing.T, c *pgtest.Cluster) string {
	t.Helper()
	dir := filepath.Join("..", "testdata", "snapshot")
	db := c.CreateDB(t)
	c.LoadFile(t, db, filepath.Join(dir, "routines.sql"))
	for _, extra := range []struct {
		major int
		file  string
	}{{13, "routines_pg13.sql"}, {14, "routines_pg14.sql"}, {15, "routines_pg15.sql"}} {
		if c.Major >= extra.major {
			c.LoadFile(t, db, filepath.Join(dir, extra.file))
		}
	}
	return db
}

func readRoutinesCatalog(t *testing.T, c *pgtest.Cluster, db string) *snapshot.Catalog {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	cat, _, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: 5 * time.Second, StatementTimeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// mustFind returns the object with identity id, failing the test if it was
// not captured.
func mustFind[T snapshot.Object](t *testing.T, objects []T, id snapshot.ObjectID) T {
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

func routineID(schema, name, args string) snapshot.ObjectID {
	return snapshot.ObjectID{Kind: snapshot.KindFunction, Schema: schema, Name: name, Args: args}
}

func relObjID(kind snapshot.Kind, schema, table, name string) snapshot.ObjectID {
	return snapshot.ObjectID{Kind: kind, Schema: schema, Table: table, Name: name}
}

func TestReadRoutinesFixture(t *testing.T) {
	pgtest.ForEachCluster(t, func(t *testing.T, c *pgtest.Cluster) {
		cat := readRoutinesCatalog(t, c, loadRoutinesFixture(t, c))
		checkRoutineCounts(t, c.Major, cat)
		checkExtensionMembersAbsent(t, cat)
		checkLanguagesAndFunctions(t, c.Major, cat)
		checkAggregates(t, cat)
		checkOperatorsAndCasts(t, cat)
		checkTriggers(t, cat)
		checkPoliciesRulesStatistics(t, c.Major, cat)
		checkPublications(t, c.Major, cat)
		checkForeignAndDefaultPrivileges(t, c.Major, cat)
		checkRoutineDependencies(t, cat)
	})
}

func checkRoutineCounts(t *testing.T, major int, cat *snapshot.Catalog) {
	t.Helper()
	functions, procedures, publications := 23, 1, 3
	if major >= 13 {
		publications++ // pub_root
	}
	if major >= 14 {
		functions += 2 // atomic_add, twice
		procedures++   // log_note
	}
	if major >= 15 {
		publications += 2 // pub_filtered, pub_schema
	}
	want := map[snapshot.Kind]int{
		snapshot.KindLanguage:           1,
		snapshot.KindFunction:           functions,
		snapshot.KindProcedure:          procedures,
		snapshot.KindAggregate:          6,
		snapshot.KindOperator:           3,
		snapshot.KindCast:               4,
		snapshot.KindTrigger:            10,
		snapshot.KindEventTrigger:       2,
		snapshot.KindPolicy:             5,
		snapshot.KindRule:               2,
		snapshot.KindStatistics:         3,
		snapshot.KindPublication:        publications,
		snapshot.KindForeignDataWrapper: 3,
		snapshot.KindForeignServer:      2,
		snapshot.KindDefaultPrivilege:   7,
	}
	got := cat.Counts()
	for kind, n := range want {
		if got[kind] != n {
			var ids []string
			cat.Each(func(o snapshot.Object) {
				if o.ID().Kind == kind {
					ids = append(ids, o.ID().String())
				}
			})
			t.Errorf("%s: got %d, want %d:\n  %s", kind, got[kind], n, strings.Join(ids, "\n  "))
		}
	}
}

// checkExtensionMembersAbsent: pgcrypto's functions, citext's operators,
// casts and aggregates and the plpgsql language belong to their extensions.
func checkExtensionMembersAbsent(t *testing.T, cat *snapshot.Catalog) {
	t.Helper()
	cat.Each(func(o snapshot.Object) {
		id := o.ID()
		switch id.Kind {
		case snapshot.KindFunction, snapshot.KindProcedure, snapshot.KindAggregate, snapshot.KindOperator:
			if id.Schema != "logic" {
				t.Errorf("extension member or system object captured: %s", id)
			}
		case snapshot.KindCast:
			if strings.Contains(id.Name, "citext") {
				t.Errorf("extension member captured: %s", id)
			}
		case snapshot.KindLanguage:
			if id.Name != "plrt" {
				t.Errorf("language %s captured", id)
			}
		}
	})
}

func checkLanguagesAndFunctions(t *testing.T, major int, cat *snapshot.Catalog) {
	t.Helper()
	lang := mustFind(t, cat.Languages, snapshot.ObjectID{Kind: snapshot.KindLanguage, Name: "plrt"})
	wantLang := snapshot.Language{
		Name: "plrt", Trusted: true,
		Handler: "plpgsql_call_handler()", Inline: "plpgsql_inline_handler(internal)", Validator: "plpgsql_validator(oid)",
		Common: snapshot.Common{Owner: "postgres", Comment: "PL/pgSQL under another name", ACL: []snapshot.ACLItem{
			{Grantee: "", Grantor: "postgres", Privileges: "U"},
			{Grantee: "postgres", Grantor: "postgres", Privileges: "U"},
			{Grantee: "routines_reader", Grantor: "postgres", Privileges: "U"},
		}},
	}
	if !reflect.DeepEqual(lang, wantLang) {
		t.Errorf("language plrt:\n got %+v\nwant %+v", lang, wantLang)
	}

	add := mustFind(t, cat.Functions, routineID("logic", "add", "a integer, b integer"))
	if add.Result != "integer" || add.Language != "sql" || add.Volatility != "i" || !add.Strict || add.Parallel != "s" ||
		add.Owner != "routines_owner" || add.Comment != "adds integers" || add.Procedure || add.Window {
		t.Errorf("logic.add(integer, integer): %+v", add)
	}
	if !strings.HasPrefix(add.Definition, "CREATE OR REPLACE FUNCTION logic.add(a integer, b integer)\n RETURNS integer\n") {
		t.Errorf("logic.add definition: %q", add.Definition)
	}
	overload := mustFind(t, cat.Functions, routineID("logic", "add", "a numeric, b numeric"))
	if overload.Arguments != "a numeric, b numeric DEFAULT 0" || overload.Result != "numeric" {
		t.Errorf("logic.add(numeric, numeric): %+v", overload)
	}
	split := mustFind(t, cat.Functions, routineID("logic", "split", "s text, OUT head text, INOUT n integer"))
	if split.Result != "record" || split.Language != "plpgsql" {
		t.Errorf("logic.split: %+v", split)
	}
	if v := mustFind(t, cat.Functions, routineID("logic", "total", "VARIADIC xs integer[]")); v.Result != "bigint" {
		t.Errorf("logic.total: %+v", v)
	}
	if s := mustFind(t, cat.Functions, routineID("logic", "series", "n integer")); s.Result != "SETOF integer" ||
		!strings.Contains(s.Definition, "ROWS 10") {
		t.Errorf("logic.series: %+v", s)
	}
	if s := mustFind(t, cat.Functions, routineID("logic", "squares", "n integer")); s.Result != "TABLE(i integer, sq integer)" {
		t.Errorf("logic.squares: %+v", s)
	}
	if w := mustFind(t, cat.Functions, routineID("logic", "my_rank", "")); !w.Window || w.Language != "internal" {
		t.Errorf("logic.my_rank: %+v", w)
	}
	if l := mustFind(t, cat.Functions, routineID("logic", "in_plrt", "")); l.Language != "plrt" {
		t.Errorf("logic.in_plrt: %+v", l)
	}

	secret := mustFind(t, cat.Functions, routineID("logic", "secret", ""))
	if !secret.SecurityDefiner || !secret.Leakproof || secret.Volatility != "s" ||
		!reflect.DeepEqual(secret.Config, []string{"search_path=pg_catalog, pg_temp", "work_mem=64MB"}) {
		t.Errorf("logic.secret: %+v", secret)
	}
	// REVOKE … FROM PUBLIC leaves no PUBLIC entry; grants to a quoted role
	// name and with grant option parse. (Entries come sorted by grantee.)
	wantACL := []snapshot.ACLItem{
		{Grantee: "Routines Auditor", Grantor: "postgres", Privileges: "X"},
		{Grantee: "postgres", Grantor: "postgres", Privileges: "X"},
		{Grantee: "routines_reader", Grantor: "postgres", Privileges: "X", GrantOptions: "X"},
	}
	if !reflect.DeepEqual(secret.ACL, wantACL) {
		t.Errorf("logic.secret ACL:\n got %+v\nwant %+v", secret.ACL, wantACL)
	}
	// Functions with no GRANT/REVOKE get the effective default.
	if !reflect.DeepEqual(add.ACL, []snapshot.ACLItem{
		{Grantee: "", Grantor: "routines_owner", Privileges: "X"},
		{Grantee: "routines_owner", Grantor: "routines_owner", Privileges: "X"},
	}) {
		t.Errorf("logic.add ACL: %+v", add.ACL)
	}

	// From PostgreSQL 14, IN is spelled out in procedure signatures (their
	// OUT arguments became part of the signature).
	bumpArgs := "INOUT counter integer, step integer"
	if major >= 14 {
		bumpArgs = "INOUT counter integer, IN step integer"
	}
	bump := mustFind(t, cat.Functions, snapshot.ObjectID{Kind: snapshot.KindProcedure, Schema: "logic", Name: "bump", Args: bumpArgs})
	if !bump.Procedure || bump.Result != "" || bump.Comment != "a procedure" ||
		!strings.HasPrefix(bump.Definition, "CREATE OR REPLACE PROCEDURE logic.bump(") {
		t.Errorf("logic.bump: %+v", bump)
	}
	if len(bump.ACL) != 1 || bump.ACL[0].Grantee != "postgres" {
		t.Errorf("logic.bump ACL (EXECUTE revoked from PUBLIC): %+v", bump.ACL)
	}

	if major >= 14 {
		atomic := mustFind(t, cat.Functions, routineID("logic", "atomic_add", "a integer, b integer"))
		if !strings.Contains(atomic.Definition, "BEGIN ATOMIC\n SELECT (a + b);\nEND") {
			t.Errorf("logic.atomic_add definition: %q", atomic.Definition)
		}
		if twice := mustFind(t, cat.Functions, routineID("logic", "twice", "x integer")); !strings.Contains(twice.Definition, "RETURN (x * 2)") {
			t.Errorf("logic.twice definition: %q", twice.Definition)
		}
		mustFind(t, cat.Functions, snapshot.ObjectID{Kind: snapshot.KindProcedure, Schema: "logic", Name: "log_note", Args: "IN msg text"})
	}
}

func checkAggregates(t *testing.T, cat *snapshot.Catalog) {
	t.Helper()
	agg := func(name, args string) snapshot.Aggregate {
		return mustFind(t, cat.Aggregates, snapshot.ObjectID{Kind: snapshot.KindAggregate, Schema: "logic", Name: name, Args: args})
	}
	zero := "0"
	sumSq := agg("sum_sq", "integer")
	wantSumSq := snapshot.Aggregate{
		Schema: "logic", Name: "sum_sq", IdentityArgs: "integer", Arguments: "integer", Kind: "n",
		TransitionFunc: "logic.sum_sq_step", TransitionType: "bigint",
		FinalFunc: "logic.sum_sq_final", FinalModify: "r", CombineFunc: "pg_catalog.int8pl",
		InitialValue: &zero, Parallel: "s",
		Common: snapshot.Common{Owner: "routines_owner", Comment: "sum of squares", ACL: []snapshot.ACLItem{
			{Grantee: "", Grantor: "routines_owner", Privileges: "X"},
			{Grantee: "routines_owner", Grantor: "routines_owner", Privileges: "X"},
		}},
	}
	if !reflect.DeepEqual(sumSq, wantSumSq) {
		t.Errorf("logic.sum_sq:\n got %+v\nwant %+v", sumSq, wantSumSq)
	}
	msum := agg("msum", "integer")
	if msum.TransitionSpace != 16 || msum.MovingTransitionFunc != "pg_catalog.int4pl" || msum.MovingInverseFunc != "pg_catalog.int4mi" ||
		msum.MovingTransitionType != "integer" || msum.MovingSpace != 8 || msum.MovingFinalModify != "r" ||
		msum.MovingInitialValue == nil || *msum.MovingInitialValue != "0" {
		t.Errorf("logic.msum: %+v", msum)
	}
	if m := agg("max_int", "integer"); m.SortOperator != "OPERATOR(pg_catalog.>)" || m.MovingFinalModify != "" || m.InitialValue != nil {
		t.Errorf("logic.max_int: %+v", m)
	}
	if a := agg("my_avg", "bigint"); a.TransitionType != "internal" || a.TransitionSpace != 48 ||
		a.SerialFunc != "pg_catalog.int8_avg_serialize" || a.DeserialFunc != "pg_catalog.int8_avg_deserialize" ||
		a.CombineFunc != "pg_catalog.int8_avg_combine" || a.FinalFunc != "pg_catalog.numeric_poly_avg" {
		t.Errorf("logic.my_avg: %+v", a)
	}
	if p := agg("pct", "double precision ORDER BY double precision"); p.Kind != "o" || p.NumDirectArgs != 1 ||
		!p.FinalExtra || p.FinalModify != "w" || p.TransitionType != "double precision[]" || p.FinalFunc != "logic.pct_final" {
		t.Errorf("logic.pct: %+v", p)
	}
	if h := agg("hrank", `VARIADIC "any" ORDER BY VARIADIC "any"`); h.Kind != "h" || h.TransitionFunc != "pg_catalog.ordered_set_transition_multi" {
		t.Errorf("logic.hrank: %+v", h)
	}
}

func checkOperatorsAndCasts(t *testing.T, cat *snapshot.Catalog) {
	t.Helper()
	eq := mustFind(t, cat.Operators, snapshot.ObjectID{Kind: snapshot.KindOperator, Schema: "logic", Name: "===", Args: "logic.pair, logic.pair"})
	wantEq := snapshot.Operator{
		Schema: "logic", Name: "===", Left: "logic.pair", Right: "logic.pair", Result: "boolean", Function: "logic.pair_eq",
		Commutator: "OPERATOR(logic.===)", Negator: "OPERATOR(logic.!==)", Restrict: "eqsel", Join: "eqjoinsel",
		Hashes: true, Merges: true, Owner: "postgres", Comment: "pair equality",
	}
	if !reflect.DeepEqual(eq, wantEq) {
		t.Errorf("operator ===:\n got %+v\nwant %+v", eq, wantEq)
	}
	prefix := mustFind(t, cat.Operators, snapshot.ObjectID{Kind: snapshot.KindOperator, Schema: "logic", Name: "##", Args: "NONE, integer"})
	if prefix.Left != "" || prefix.Right != "integer" || prefix.Function != "logic.square" {
		t.Errorf("prefix operator ##: %+v", prefix)
	}

	cast := func(source, target string) snapshot.Cast {
		return mustFind(t, cat.Casts, snapshot.ObjectID{Kind: snapshot.KindCast, Name: source + " AS " + target})
	}
	if c := cast("logic.pair", "text"); c.Function != "logic.pair_text(logic.pair)" || c.Context != "a" || c.Method != "f" || c.Comment != "pair as text" {
		t.Errorf("cast pair→text: %+v", c)
	}
	if c := cast("logic.label", "text"); c.Function != "" || c.Context != "i" || c.Method != "b" {
		t.Errorf("binary-coercible cast: %+v", c)
	}
	if c := cast("logic.mood", "logic.mood_label"); c.Function != "" || c.Method != "i" {
		t.Errorf("inout cast: %+v", c)
	}
	if c := cast("logic.posint", "logic.pair"); c.Function != "logic.posint_pair(logic.posint)" || c.Context != "e" {
		t.Errorf("cast from a domain: %+v", c)
	}
}

func checkTriggers(t *testing.T, cat *snapshot.Catalog) {
	t.Helper()
	trig := func(table, name string) snapshot.Trigger {
		return mustFind(t, cat.Triggers, relObjID(snapshot.KindTrigger, "logic", table, name))
	}
	balance := trig("account", "account_balance")
	wantBalance := snapshot.Trigger{
		Schema: "logic", Table: "account", Name: "account_balance",
		Definition: "CREATE TRIGGER account_balance AFTER UPDATE OF balance ON logic.account FOR EACH ROW " +
			"WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION logic.audit('balance', 'changed')",
		Function: snapshot.QualifiedName{Schema: "logic", Name: "audit"},
		Enabled:  "O", Comment: "WHEN and arguments",
	}
	if !reflect.DeepEqual(balance, wantBalance) {
		t.Errorf("trigger account_balance:\n got %+v\nwant %+v", balance, wantBalance)
	}
	if tr := trig("account", "account_inserted"); !strings.Contains(tr.Definition, "REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT") {
		t.Errorf("transition table trigger: %q", tr.Definition)
	}
	if tr := trig("account", "account_check"); !tr.Constraint ||
		!strings.HasPrefix(tr.Definition, "CREATE CONSTRAINT TRIGGER account_check AFTER INSERT OR UPDATE ON logic.account DEFERRABLE INITIALLY DEFERRED") {
		t.Errorf("constraint trigger: %+v", tr)
	}
	for name, enabled := range map[string]string{"account_deleted": "D", "account_replica": "R", "account_always": "A", "account_touch": "O"} {
		if tr := trig("account", name); tr.Enabled != enabled {
			t.Errorf("trigger %s: enabled %q, want %q", name, tr.Enabled, enabled)
		}
	}
	if tr := trig("account_names", "account_names_insert"); !strings.Contains(tr.Definition, "INSTEAD OF INSERT ON logic.account_names") ||
		tr.Function != (snapshot.QualifiedName{Schema: "logic", Name: "account_names_insert"}) {
		t.Errorf("INSTEAD OF trigger: %+v", tr)
	}
	trig("event", "event_audit")
	trig("event_2025", "event_2025_deleted")
	for _, tr := range cat.Triggers {
		// Clones of event_audit on the partitions, and the internal triggers
		// of the foreign key and the deferrable unique constraint.
		if tr.Name == "event_audit" && tr.Table != "event" || strings.HasPrefix(tr.Name, "RI_ConstraintTrigger") ||
			tr.Table == "account_log" || tr.Table == "event_2024" {
			t.Errorf("trigger should not be captured: %s", tr.ID())
		}
	}

	ddl := mustFind(t, cat.EventTriggers, snapshot.ObjectID{Kind: snapshot.KindEventTrigger, Name: "rt_ddl_watch"})
	wantDDL := snapshot.EventTrigger{
		Name: "rt_ddl_watch", Event: "ddl_command_end", Tags: []string{"ALTER TABLE", "CREATE TABLE"},
		Function: snapshot.QualifiedName{Schema: "logic", Name: "on_ddl"}, Enabled: "O", Owner: "postgres", Comment: "with tags",
	}
	if !reflect.DeepEqual(ddl, wantDDL) {
		t.Errorf("event trigger rt_ddl_watch:\n got %+v\nwant %+v", ddl, wantDDL)
	}
	if drop := mustFind(t, cat.EventTriggers, snapshot.ObjectID{Kind: snapshot.KindEventTrigger, Name: "rt_drop_watch"}); drop.Enabled != "D" ||
		drop.Event != "sql_drop" || drop.Tags != nil {
		t.Errorf("event trigger rt_drop_watch: %+v", drop)
	}
}

func checkPoliciesRulesStatistics(t *testing.T, major int, cat *snapshot.Catalog) {
	t.Helper()
	policy := func(name string) snapshot.Policy {
		return mustFind(t, cat.Policies, relObjID(snapshot.KindPolicy, "logic", "account", name))
	}
	owner := policy("account_owner")
	wantOwner := snapshot.Policy{
		Schema: "logic", Table: "account", Name: "account_owner", Permissive: true, Command: "*",
		Roles: []string{"Routines Auditor", "routines_reader"},
		Using: "(owner = CURRENT_USER)", WithCheck: "(balance >= (0)::numeric)", Comment: "owners see their rows",
	}
	if !reflect.DeepEqual(owner, wantOwner) {
		t.Errorf("policy account_owner:\n got %+v\nwant %+v", owner, wantOwner)
	}
	if p := policy("account_positive"); p.Permissive || p.Command != "w" || !reflect.DeepEqual(p.Roles, []string{"public"}) {
		t.Errorf("restrictive policy: %+v", p)
	}
	if p := policy("account_insert"); p.Command != "a" || p.Using != "" || p.WithCheck != "(owner = CURRENT_USER)" {
		t.Errorf("insert policy: %+v", p)
	}
	if p := policy("account_read"); p.Command != "r" || p.Using != "true" {
		t.Errorf("select policy: %+v", p)
	}

	insert := mustFind(t, cat.Rules, relObjID(snapshot.KindRule, "logic", "note_view", "note_view_insert"))
	if insert.Enabled != "O" || insert.Comment != "makes the view insertable" ||
		!strings.HasPrefix(insert.Definition, "CREATE RULE note_view_insert AS\n    ON INSERT TO logic.note_view DO INSTEAD") {
		t.Errorf("rule note_view_insert: %+v", insert)
	}
	if keep := mustFind(t, cat.Rules, relObjID(snapshot.KindRule, "logic", "note", "note_keep")); keep.Enabled != "D" ||
		keep.Definition != "CREATE RULE note_keep AS\n    ON DELETE TO logic.note DO NOTHING;" {
		t.Errorf("rule note_keep: %+v", keep)
	}
	for _, r := range cat.Rules {
		if r.Name == "_RETURN" {
			t.Errorf("view rule captured: %s", r.ID())
		}
	}

	mcv := mustFind(t, cat.Statistics, snapshot.ObjectID{Kind: snapshot.KindStatistics, Schema: "ops", Name: "measure_mcv"})
	wantTarget := -1 // not settable before 13
	if major >= 13 {
		wantTarget = 500
	}
	wantMCV := snapshot.Statistics{
		Schema: "ops", Name: "measure_mcv", Table: snapshot.QualifiedName{Schema: "logic", Name: "measure"},
		Definition: "CREATE STATISTICS ops.measure_mcv (mcv) ON a, c FROM logic.measure",
		Target:     wantTarget, Owner: "postgres", Comment: "in another schema than its table",
	}
	if !reflect.DeepEqual(mcv, wantMCV) {
		t.Errorf("statistics ops.measure_mcv:\n got %+v\nwant %+v", mcv, wantMCV)
	}
	if ab := mustFind(t, cat.Statistics, snapshot.ObjectID{Kind: snapshot.KindStatistics, Schema: "logic", Name: "measure_ab"}); ab.Target != -1 ||
		ab.Definition != "CREATE STATISTICS logic.measure_ab (ndistinct, dependencies) ON a, b FROM logic.measure" {
		t.Errorf("statistics logic.measure_ab: %+v", ab)
	}
}

func checkPublications(t *testing.T, major int, cat *snapshot.Catalog) {
	t.Helper()
	pub := func(name string) snapshot.Publication {
		return mustFind(t, cat.Publications, snapshot.ObjectID{Kind: snapshot.KindPublication, Name: name})
	}
	some := pub("pub_some")
	wantSome := snapshot.Publication{
		Name: "pub_some", Insert: true, Update: true,
		Tables: []snapshot.PublicationTable{
			{Table: snapshot.QualifiedName{Schema: "logic", Name: "account"}},
			{Table: snapshot.QualifiedName{Schema: "logic", Name: "note"}},
		},
		Owner: "postgres", Comment: "two tables",
	}
	if !reflect.DeepEqual(some, wantSome) {
		t.Errorf("publication pub_some:\n got %+v\nwant %+v", some, wantSome)
	}
	if all := pub("pub_all"); !all.AllTables || all.Tables != nil || !all.Insert || !all.Truncate {
		t.Errorf("publication pub_all: %+v", all)
	}
	if empty := pub("pub_empty"); empty.AllTables || empty.Tables != nil || empty.Owner != "routines_owner" {
		t.Errorf("publication pub_empty: %+v", empty)
	}
	if major >= 13 {
		if root := pub("pub_root"); !root.ViaRoot || len(root.Tables) != 1 || root.Tables[0].Table.Name != "event" {
			t.Errorf("publication pub_root: %+v", root)
		}
	}
	if major >= 15 {
		filtered := pub("pub_filtered")
		wantTables := []snapshot.PublicationTable{
			{Table: snapshot.QualifiedName{Schema: "logic", Name: "account"}, Columns: []string{"id", "owner"}, RowFilter: "(id > 0)"},
			{Table: snapshot.QualifiedName{Schema: "logic", Name: "measure"}},
		}
		if !reflect.DeepEqual(filtered.Tables, wantTables) || !filtered.Insert || filtered.Update {
			t.Errorf("publication pub_filtered: %+v", filtered)
		}
		schema := pub("pub_schema")
		if !reflect.DeepEqual(schema.Schemas, []string{"ops"}) || len(schema.Tables) != 1 || schema.Tables[0].RowFilter != "(body IS NOT NULL)" {
			t.Errorf("publication pub_schema: %+v", schema)
		}
	}
}

func checkForeignAndDefaultPrivileges(t *testing.T, major int, cat *snapshot.Catalog) {
	t.Helper()
	fdw := func(name string) snapshot.ForeignDataWrapper {
		return mustFind(t, cat.ForeignDataWrappers, snapshot.ObjectID{Kind: snapshot.KindForeignDataWrapper, Name: name})
	}
	if d := fdw("rt_dummy"); d.Handler != "" || d.Validator != "" || d.Comment != "no handler, no validator" || len(d.ACL) != 2 {
		t.Errorf("fdw rt_dummy: %+v", d)
	}
	if o := fdw("rt_options"); !reflect.DeepEqual(o.Options, []string{"debug=true", "mode=strict"}) {
		t.Errorf("fdw rt_options: %+v", o)
	}
	if v := fdw("rt_validated"); v.Validator != "postgresql_fdw_validator" {
		t.Errorf("fdw rt_validated: %+v", v)
	}
	remote := mustFind(t, cat.ForeignServers, snapshot.ObjectID{Kind: snapshot.KindForeignServer, Name: "rt_remote"})
	wantRemote := snapshot.ForeignServer{
		Name: "rt_remote", Wrapper: "rt_dummy", Type: "postgres", Version: "15", Options: []string{"host=db.example", "port=5432"},
		Common: snapshot.Common{Owner: "postgres", Comment: "with options", ACL: []snapshot.ACLItem{
			{Grantee: "postgres", Grantor: "postgres", Privileges: "U"},
			{Grantee: "routines_reader", Grantor: "postgres", Privileges: "U"},
		}},
	}
	if !reflect.DeepEqual(remote, wantRemote) {
		t.Errorf("server rt_remote:\n got %+v\nwant %+v", remote, wantRemote)
	}
	if plain := mustFind(t, cat.ForeignServers, snapshot.ObjectID{Kind: snapshot.KindForeignServer, Name: "rt_plain"}); plain.Type != "" ||
		plain.Options != nil || plain.Wrapper != "rt_options" {
		t.Errorf("server rt_plain: %+v", plain)
	}

	defacl := func(schema, objType string) snapshot.DefaultPrivilege {
		return mustFind(t, cat.DefaultPrivileges, snapshot.ObjectID{Kind: snapshot.KindDefaultPrivilege, Schema: schema, Name: "routines_owner", Args: objType})
	}
	// A global entry holds the whole resulting ACL, the owner's implicit
	// privileges included (MAINTAIN, m, from 17).
	ownerTables := "arwdDxt"
	if major >= 17 {
		ownerTables += "m"
	}
	if d := defacl("", "r"); !reflect.DeepEqual(d.ACL, []snapshot.ACLItem{
		{Grantee: "routines_owner", Grantor: "routines_owner", Privileges: ownerTables},
		{Grantee: "routines_reader", Grantor: "routines_owner", Privileges: "r"},
	}) {
		t.Errorf("global default privileges on tables: %+v", d.ACL)
	}
	// REVOKE EXECUTE … FROM PUBLIC: only the owner is left.
	if d := defacl("", "f"); !reflect.DeepEqual(d.ACL, []snapshot.ACLItem{{Grantee: "routines_owner", Grantor: "routines_owner", Privileges: "X"}}) {
		t.Errorf("global default privileges on functions: %+v", d.ACL)
	}
	// A per-schema entry lists only what it adds.
	if d := defacl("logic", "r"); !reflect.DeepEqual(d.ACL, []snapshot.ACLItem{{Grantee: "Routines Auditor", Grantor: "routines_owner", Privileges: "aw"}}) {
		t.Errorf("app default privileges on tables: %+v", d.ACL)
	}
	if d := defacl("ops", "S"); !reflect.DeepEqual(d.ACL, []snapshot.ACLItem{{Grantee: "routines_reader", Grantor: "routines_owner", Privileges: "rU"}}) {
		t.Errorf("ops default privileges on sequences: %+v", d.ACL)
	}
	defacl("logic", "f")
	defacl("", "T")
	if d := defacl("", "n"); len(d.ACL) != 2 || d.ACL[1] != (snapshot.ACLItem{Grantee: "routines_reader", Grantor: "routines_owner", Privileges: "U", GrantOptions: "U"}) {
		t.Errorf("global default privileges on schemas: %+v", d.ACL)
	}
}

// checkRoutineDependencies: the objects were registered, so pg_depend edges
// from and to them resolve.
func checkRoutineDependencies(t *testing.T, cat *snapshot.Catalog) {
	t.Helper()
	has := map[[2]snapshot.ObjectID]bool{}
	for _, d := range cat.Dependencies {
		has[[2]snapshot.ObjectID{d.From, d.To}] = true
	}
	audit := routineID("logic", "audit", "")
	for _, edge := range [][2]snapshot.ObjectID{
		{routineID("logic", "in_plrt", ""), {Kind: snapshot.KindLanguage, Name: "plrt"}},
		{{Kind: snapshot.KindAggregate, Schema: "logic", Name: "sum_sq", Args: "integer"}, routineID("logic", "sum_sq_step", "state bigint, x integer")},
		{{Kind: snapshot.KindOperator, Schema: "logic", Name: "===", Args: "logic.pair, logic.pair"}, routineID("logic", "pair_eq", "x logic.pair, y logic.pair")},
		{{Kind: snapshot.KindCast, Name: "logic.pair AS text"}, routineID("logic", "pair_text", "p logic.pair")},
		{relObjID(snapshot.KindTrigger, "logic", "account", "account_balance"), audit},
		{{Kind: snapshot.KindEventTrigger, Name: "rt_ddl_watch"}, routineID("logic", "on_ddl", "")},
		{{Kind: snapshot.KindForeignServer, Name: "rt_remote"}, {Kind: snapshot.KindForeignDataWrapper, Name: "rt_dummy"}},
		{{Kind: snapshot.KindPublication, Name: "pub_some"}, {Kind: snapshot.KindTable, Schema: "logic", Name: "account"}},
		{{Kind: snapshot.KindDefaultPrivilege, Schema: "logic", Name: "routines_owner", Args: "r"}, {Kind: snapshot.KindSchema, Name: "logic"}},
	} {
		if !has[edge] {
			t.Errorf("missing dependency %s -> %s", edge[0], edge[1])
		}
	}
}
