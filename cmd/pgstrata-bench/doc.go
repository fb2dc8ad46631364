// Command pgstrata-bench supports the "speed at scale" benchmark that
// bench/run.sh drives.
//
//	pgstrata-bench gen --tables N --seed S [--changed] [--layout single|many-schemas] [--profile default|views] [-o schema.sql]
//
// gen writes plain SQL (load it with psql -1 -v ON_ERROR_STOP=1 -f) for a
// realistic schema of N tables of about ten columns each, with enums, views
// (some chained on other views), SQL and PL/pgSQL functions (some
// overloaded), triggers, partitioned tables, comments, CHECK constraints and
// grants to two roles. The output depends only on the flags: the same seed
// gives the same bytes. --changed gives the same schema with about 5% of the
// objects changed (columns added, dropped and retyped, indexes changed, views
// and functions redefined, tables dropped and added), again deterministically.
//
// The "single" layout spreads the tables over N/500+1 schemas. The
// "many-schemas" layout is schema-per-tenant: N/10 schemas holding the same
// ten tables each, plus a "shared" schema with the enums and partitioned
// tables.
//
// --profile views makes a second, different shape (profile_views.go): about
// eleven columns per table; three or four indexes per table besides the
// primary key, one of them an expression or partial index; one or two
// CHECKs per table, a UNIQUE constraint on 40% of them; one view per ten
// tables, each joining its table with the parent table and, half the time,
// with the parent's parent; one function per ten tables, SQL (rows of a
// parent, counts) and PL/pgSQL (triggers, arithmetic, sums). In the
// many-schemas layout each tenant's ten tables get one such view and,
// besides the trigger function, one SQL function. The default profile's
// output is the same as before --profile existed.
//
//	pgstrata-bench slowest --queries snapshot/queries [--app pgstrata] [--top 10] postgresql.json
//
// slowest reads a server's jsonlog (written with log_min_duration_statement
// = 0) and prints the slowest statement sent by the application, preceded by
// a ranking of its statements as SQL comments; the statements are named
// after the snapshot query files whose leading comment they start with.
//
//	pgstrata-bench corpus [--major 15]
//
// corpus lists the real-world schemas of the corpus (PGSTRATA_CORPUS, see
// internal/corpus) that load on the major, with what loading each needs:
// name, file, preamble file and psql variables, split by tabs.
package main
