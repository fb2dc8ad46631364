#!/usr/bin/env bash
# Speed at scale: pgstrata against pg_dump --schema-only on the same machine,
# on generated schemas, on any .sql file and on the real-world corpus.
#
#   bench/run.sh                                  # both profiles at 1000, 10000 and 1000x10
#   BENCH_SCALES=1000 BENCH_RUNS=1 bench/run.sh   # quick run
#   BENCH_CORPUS=1 bench/run.sh                   # ... and every corpus schema
#   BENCH_SCALES= BENCH_SQL=app.sql bench/run.sh  # only the schema in app.sql
#   BENCH_SCALES= BENCH_CORPUS=pagila bench/run.sh
#
# Settings are environment variables (there are no flags):
#   BENCH_SCALES    generated scales, default "1000 10000 1000x10"; empty for
#                   none. N is N tables over N/500+1 schemas, Tx10 is T tenant
#                   schemas of the same 10 tables.
#   BENCH_PROFILES  generator profiles, default "default views" (see
#                   cmd/pgstrata-bench/doc.go); each scale is run with each
#                   profile, the rows side by side.
#   BENCH_SQL       .sql files to measure, separated by spaces. Each must load
#                   with psql -1 -v ON_ERROR_STOP=1 into an empty database as
#                   the superuser postgres (roles and extensions it needs go
#                   at its top).
#   BENCH_CORPUS    1 (or all) for every schema of the real-world corpus, or
#                   their names ("pagila lago"); default none. The corpus is
#                   PGSTRATA_CORPUS, else ../shared/corpus beside the
#                   repository; each schema loads with its preamble and psql
#                   variables, as internal/corpus says.
#   BENCH_SEED      generator seed, default 1.
#   BENCH_RUNS      timed runs per measurement, default 3.
#   BENCH_KEEP      a directory to copy every .strata file and pg_dump -s
#                   output into, for a closer look; default none.
#   BENCH_CLUSTER   a directory to keep the cluster in between runs, with
#                   the generated databases loaded (each is reloaded when
#                   its generated SQL changes); default none, a throwaway
#                   cluster. Meant for 100,000 tables, whose load took 7
#                   to 9 minutes per database here.
#   BENCH_PLAN_SCALE  the scale whose slowest catalog query is explained,
#                   default 10000 when it is run.
#
# For a generated schema the script loads it into base_<profile>_<scale>
# and its changed variant into changed_<profile>_<scale>, then times
# snapshot, pg_dump, both kinds of diff (base to changed) and inspect. A
# .sql file or corpus schema has no changed variant: its diffs compare the
# schema with itself (no statements; the time is reading both sides and
# planning). Everything runs on one PostgreSQL 15 cluster the script starts
# itself, a throwaway or the one kept in BENCH_CLUSTER. The report
# (machine, load average at start and end, server version, commit, then
# one row per schema with the ratios
# snapshot / pg_dump time, peak RSS and .strata / pg_dump -s | zstd -3
# size) goes to stdout and bench/results/latest.md; the plan of pgstrata's
# slowest catalog query at the plan scale goes to
# bench/results/slowest_query_plan*.txt. Everything else lives in a temp
# dir that is removed on exit, with the cluster.
set -euo pipefail
# Paths the caller gave are relative to where they ran the script from.
SQL_FILES=
for f in ${BENCH_SQL:-}; do SQL_FILES+="${SQL_FILES:+ }$(realpath -m -- "$f")"; done
[ -z "${PGSTRATA_CORPUS:-}" ] || export PGSTRATA_CORPUS=$(realpath -m -- "$PGSTRATA_CORPUS")
[ -z "${BENCH_CLUSTER:-}" ] || BENCH_CLUSTER=$(realpath -m -- "$BENCH_CLUSTER")
KEEP=
if [ -n "${BENCH_KEEP:-}" ]; then
	mkdir -p -- "$BENCH_KEEP"
	KEEP=$(realpath -- "$BENCH_KEEP")
fi
cd "$(dirname "$0")/.."

SCALES=${BENCH_SCALES-1000 10000 1000x10}
PROFILES=${BENCH_PROFILES-default views}
CORPUS=${BENCH_CORPUS:-}
SEED=${BENCH_SEED:-1}
RUNS=${BENCH_RUNS:-3}
PGBIN=/usr/lib/postgresql/15/bin
RESULTS=bench/results
# Connection settings of the caller must not leak into psql, pg_dump or pgstrata.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE PGSERVICEFILE PGOPTIONS PGSSLMODE
# $EPOCHREALTIME and awk must agree on the decimal point.
unset LC_ALL
export LC_NUMERIC=C

for lib in setup measure cluster cases plan; do
	# shellcheck source=/dev/null
	. "bench/lib/$lib.sh"
done

need_tools
check_settings

say "building bin/pgstrata and bin/pgstrata-bench"
mkdir -p bin "$RESULTS"
go build -o bin/ ./cmd/pgstrata ./cmd/pgstrata-bench
# What was built: the commit, and whether the working tree differed from it.
REVISION="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD 2>/dev/null || REVISION+=" with uncommitted changes"
CORPUS_LIST=$(corpus_list)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pgstrata-bench.XXXXXX")
chmod 755 "$WORK"
PGDIR=$WORK/pg
trap cleanup EXIT
trap 'exit 130' INT TERM
start_cluster
PGVERSION=$(psql_ -At -d "$(url postgres)" -c 'SELECT version()')

REPORT=$WORK/report.md
SUMMARY=$WORK/summary.md
: >"$REPORT"
summary_header >"$SUMMARY"
# The scale whose slowest catalog query is explained: 10000 if it is run.
PLAN_SCALE=${BENCH_PLAN_SCALE:-}
for s in $SCALES; do if [ -z "$PLAN_SCALE" ] && [ "$s" = 10000 ]; then PLAN_SCALE=10000; fi; done
T0=$(now)
LOAD0=$(loadavg)

# Profiles side by side: each scale with every profile before the next scale.
for scale in $SCALES; do
	for profile in $PROFILES; do
		generated_case "$profile" "$scale"
	done
done
n=0
for f in $SQL_FILES; do
	n=$((n + 1))
	sql_case "$n" "$f"
done
if [ -n "$CORPUS_LIST" ]; then
	while IFS=$'\t' read -r name file pre vars; do
		corpus_case "$name" "$file" "$pre" "$vars"
	done <<<"$CORPUS_LIST"
fi
LOAD1=$(loadavg)

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
settings="BENCH_SCALES=\"$SCALES\" BENCH_PROFILES=\"$PROFILES\" BENCH_SQL=\"$SQL_FILES\" BENCH_CORPUS=\"$CORPUS\" BENCH_SEED=$SEED BENCH_RUNS=$RUNS"
{
	echo "# pgstrata speed at scale"
	echo
	echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on commit $REVISION ($(bin/pgstrata --version)), in $(since "$T0") s, with:"
	echo
	echo "    $settings bench/run.sh"
	echo
	echo "- Machine: $cpu, $(nproc) cores, $mem RAM"
	echo "- Load average (1, 5, 15 min): $LOAD0 at the start, $LOAD1 at the end"
	echo "- Server: $PGVERSION"
	cluster="one throwaway cluster"
	[ -z "${BENCH_CLUSTER:-}" ] || cluster="one cluster kept between runs (BENCH_CLUSTER)"
	echo "- Cluster: $cluster on 127.0.0.1 (fsync off, shared_buffers 256MB, autovacuum off; catalogs analyzed after each load)"
	echo "- Client: $("$PGBIN/pg_dump" --version), $(go version | cut -d' ' -f3-)"
	echo "- Method: every measurement is one untimed warm-up run, then $RUNS timed runs; wall is the best (the shell's clock, to the ms), peak RSS (GNU time %M, the client process only) the highest."
	echo "- Diffs: a generated schema is diffed against its changed variant; a .sql file or corpus schema against itself (\"self\"; no changed variant)."
	echo
	echo "## Summary"
	echo
	echo "Ratios are pgstrata / pg_dump: snapshot / pg_dump --schema-only wall time and peak RSS, and the .strata file / pg_dump -s compressed with zstd -3. Below 1 is better for pgstrata."
	echo
	cat "$SUMMARY"
	echo
	cat "$REPORT"
} >"$RESULTS/latest.md"
cat "$RESULTS/latest.md"
