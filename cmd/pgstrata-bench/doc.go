// Command pgstrata-bench supports the "speed at scale" benchmark that
// bench/run.sh drives.
//
//	pgstrata-bench gen --tables N --seed S [--changed] [--layout single|many-schemas] [-o schema.sql]
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
//	pgstrata-bench slowest --queries snapshot/queries [--app pgstrata] [--top 10] postgresql.json
//
// slowest reads a server's jsonlog (written with log_min_duration_statement
// = 0) and prints the slowest statement sent by the application, preceded by
// a ranking of its statements as SQL comments; the statements are named
// after the snapshot query files whose leading comment they start with.
package main
