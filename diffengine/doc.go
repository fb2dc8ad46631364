// Package diffengine compares two catalogs and plans the ordered statements
// that turn the first schema into the second.
//
// It does no I/O (but for the debugging dump below): its input is two
// snapshot.Catalog values (read from live databases or decoded from files —
// it cannot tell which) and its output is
// a Plan, a list of Statements that carry metadata (the object acted on, the
// action, whether data can be lost, whether it may run in a transaction), not
// just text, so that renderers can print SQL, JSON or a review from the same
// plan.
//
// Each kind of object has its own small file (table.go, view.go, …) that says
// how to create, drop and alter it; plan.go finds what changed and orders the
// statements with one dependency graph built from the catalogs' stored edges.
// What only reads the catalogs runs beside the planning, on the second core:
// pairing each kind's objects by identity and comparing them (comparing.go),
// indexing the source's dependents (dependents.go), and looking the target's
// edges up for the ordering (order.go); whatever changes the planner's state
// stays on one goroutine, so plans do not depend on timing.
// A kind's rules return what they plan (planned.go: the object's statements,
// statements for other steps such as a column's or a typed sub-step, the
// ordering constraints they need, and facts for later passes, such as a
// column whose dependents must be rebuilt) and change nothing else; the
// planner merges their results in one place, then runs its passes (type
// rebuilds, dependents, default privileges) over the merged steps.
// TestOnlyPassesChangeThePlanner holds the rules to that.
// Once ordered, annotate.go adds what a reviewer needs besides the SQL: the
// lock each statement takes and whether it scans or rewrites (locks.go, rules
// as data, proved on a server by TestLockRules), whether a type change keeps
// every value (type_change.go), why the statement is there (Changes, Cause),
// and its hazards.
//
// With Options.Online (online.go), the index and constraint rules plan
// CONCURRENTLY and NOT VALID … VALIDATE on tables that exist before the
// plan, a pass swaps changed indexes in under a temporary name, and
// Plan.Segments split the ordered statements into the parts that commit
// on their own (in a transaction, or outside one for CONCURRENTLY).
//
// The statements of one object in one phase form a step; a step's
// statements that must wait for other objects go in a sub-step of the same
// object, named by a typed part of its key (stepPart in plan.go). The steps
// are sorted by internal/depsort. To see the graph of a plan, set
// PGSTRATA_DEBUG_DOT to a file name: every Diff with steps writes its
// ordering graph there in Graphviz's DOT language (each diff overwrites it;
// the steps released to break a cycle are drawn red), e.g.
//
//	PGSTRATA_DEBUG_DOT=/tmp/plan.dot pgstrata diff a.strata b.strata
//	dot -Tsvg /tmp/plan.dot >/tmp/plan.svg
//
// # Adding a kind of object
//
// Each step below is one obvious file; the test named after it fails when the
// step is forgotten.
//
//  1. snapshot/id.go: the Kind constant (its value is part of the file format
//     and the JSON output).
//  2. snapshot/model*.go: the Go type and its Catalog list; snapshot/catalog.go:
//     its ID method.
//  3. snapshot/kinds.go: a kindTable row (schema or relation scope, default
//     privileges, pg_dump rank) and a catalogLists row. Walking, sorting,
//     counting and --schema filtering derive from them (TestKindRegistry).
//  4. snapshot/queries/<kind>.sql and snapshot/read_<kind>.go: one set-based
//     query and its declaration, added to readSteps (TestQueryDeclarations);
//     take the kind out of queries/not_modeled.sql.
//  5. snapshot/validate_sql.go, if a field is written into scripts unquoted
//     (type or function names): its grammar check.
//  6. diffengine/<kind>.go: its rules (create, drop, alter, returning
//     planned, or statements through plain), listed in kinds (kinds.go;
//     TestEveryCatalogKindIsHandled).
//  7. testdata/diff/<kind>_create_drop/: a round-trip case (a.sql, b.sql,
//     goldens written with -update), both directions on every major.
//
// # Adding an output format
//
// A renderer turns a Plan (with both catalogs, to look definitions up) into
// text; it reads the statements' metadata and never re-plans. Add it as a
// func(io.Writer, render.Input) error in a file of its own in
// formats/render and a line in that package's registry (the CLI's
// --format choices are the registry's names), and give it golden tests
// (formats/render/testdata, and beside expected.sql for the round-trip
// cases checkFormats lists). Withholding (exit 3) is Withholds' policy,
// the same for every format; formats/render's doc says which formats
// still print a withheld plan.
package diffengine
