#!/usr/bin/env bash
# Speed at scale: pgstrata against pg_dump --schema-only on the same machine.
#
#   bench/run.sh                      # scales 1000, 10000 and 1000x10
#   BENCH_SCALES=1000 bench/run.sh    # quick run
#
# A scale is N (N tables over N/500+1 schemas) or Tx10 (T tenant schemas of
# the same 10 tables). For each, the script loads a generated schema
# (pgstrata-bench gen) into base_<scale> and its changed variant into
# changed_<scale> on one throwaway PostgreSQL 15 cluster it starts itself,
# then times snapshot, pg_dump, both kinds of diff and inspect. The report
# goes to stdout and bench/results/latest.md; at the 10000-table scale the
# plan of pgstrata's slowest catalog query goes to
# bench/results/slowest_query_plan.txt. Everything else lives in a temp dir
# that is removed on exit, with the cluster.
#
# Environment: BENCH_SCALES (default "1000 10000 1000x10"), BENCH_SEED
# (default 1), BENCH_RUNS (timed runs per measurement, default 3),
# BENCH_PLAN_SCALE (the scale whose slowest query is explained, default
# 10000 when it is run).
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=${BENCH_SCALES:-1000 10000 1000x10}
SEED=${BENCH_SEED:-1}
RUNS=${BENCH_RUNS:-3}
PGBIN=/usr/lib/postgresql/15/bin
RESULTS=bench/results
# Connection settings of the caller must not leak into psql, pg_dump or pgstrata.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE PGSERVICEFILE PGOPTIONS PGSSLMODE

say() { echo "bench: $*" >&2; }
die() { say "error: $*"; exit 1; }

# --- tools -------------------------------------------------------------------
for p in initdb pg_ctl postgres psql pg_dump; do
	[ -x "$PGBIN/$p" ] || die "$PGBIN/$p is missing: install Debian's PostgreSQL 15 (apt-get install postgresql-15 postgresql-client-15)"
done
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v zstd >/dev/null || missing+=(zstd)
command -v go >/dev/null || die "go is missing (Go 1.26 or newer builds bin/pgstrata)"
if [ ${#missing[@]} -gt 0 ]; then
	say "missing: ${missing[*]} (GNU /usr/bin/time measures peak RSS; zstd compresses the pg_dump output)"
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		say "installing ${missing[*]} with apt-get"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	else
		die "install them first, e.g.: sudo apt-get install ${missing[*]}"
	fi
fi

parse_scale() { # scale -> "TABLES LAYOUT DESCRIPTION"
	case $1 in
	*x10) local t=${1%x10}
		[[ $t =~ ^[0-9]+$ ]] || die "bad scale $1"
		echo "$((t * 10)) many-schemas ${t}_tenant_schemas_of_the_same_10_tables,_plus_a_shared_schema" ;;
	*x*) die "scale $1: a schema-per-tenant scale is Tx10 (10 tables per schema)" ;;
	*) [[ $1 =~ ^[0-9]+$ ]] || die "bad scale $1"
		echo "$1 single $1_tables_in_$(($1 / 500 + 1))_schemas" ;;
	esac
}
for s in $SCALES; do parse_scale "$s" >/dev/null; done

say "building bin/pgstrata and bin/pgstrata-bench"
mkdir -p bin "$RESULTS"
go build -o bin/ ./cmd/pgstrata ./cmd/pgstrata-bench
# What was built: the commit, and whether the working tree differed from it.
REVISION="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD 2>/dev/null || REVISION+=" with uncommitted changes"

# --- the cluster -------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pgstrata-bench.XXXXXX")
chmod 755 "$WORK"
PGDIR=$WORK/pg
mkdir "$PGDIR"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" != 0 ] || chown postgres: "$PGDIR"

cleanup() {
	if [ -f "$PGDIR/data/postmaster.pid" ]; then
		(cd "$PGDIR" && as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w -t 60 -s stop) ||
			(cd "$PGDIR" && as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w -s stop) || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "starting PostgreSQL 15 in $PGDIR"
(cd "$PGDIR" && as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log") ||
	die "initdb failed: $(cat "$WORK/initdb.log")"
# Loading 10,000 tables in one transaction holds ~80,000 locks, and pg_dump
# locks every table it dumps: the lock table needs room.
cat >>"$PGDIR/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGDIR'
max_connections = 20
max_locks_per_transaction = 8192
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
autovacuum = off
logging_collector = on
log_destination = 'stderr,jsonlog'
log_directory = '$PGDIR/log'
log_filename = 'postgresql'
include 'port.conf'
EOF
started=
for _ in 1 2 3 4 5; do
	PORT=$((20000 + RANDOM % 40000))
	(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && continue # taken
	echo "port = $PORT" >"$PGDIR/data/port.conf"
	[ "$(id -u)" != 0 ] || chown postgres: "$PGDIR/data/port.conf"
	if (cd "$PGDIR" && as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/start.log" -w -t 120 -s start); then
		started=1
		break
	fi
done
[ -n "$started" ] || die "could not start PostgreSQL: $(tail -n 20 "$PGDIR/start.log" "$PGDIR"/log/postgresql 2>/dev/null)"

url() { echo "postgres://postgres@127.0.0.1:$PORT/$1?sslmode=disable"; }
psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
PGVERSION=$(psql_ -At -d "$(url postgres)" -c 'SELECT version()')

# --- measuring ---------------------------------------------------------------
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# run_ok STATUSES CMD...: run CMD, output to $WORK/cmd.{out,err}; any exit
# status not in STATUSES stops the benchmark.
run_ok() {
	local ok=$1 rc=0
	shift
	"$@" >"$WORK/cmd.out" 2>"$WORK/cmd.err" || rc=$?
	if [[ " $ok " != *" $rc "* ]]; then
		say "failed with status $rc: $*"
		cat "$WORK/cmd.err" >&2
		exit 1
	fi
}

# measure STATUSES CMD...: one untimed run (warm caches), then $RUNS timed
# runs. Sets WALL (best wall time, s) and RSS (highest peak RSS, MB).
measure() {
	local ok=$1 w r rss_kb=0
	shift
	run_ok "$ok" "$@"
	WALL=
	for _ in $(seq "$RUNS"); do
		run_ok "$ok" /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@"
		# GNU time puts "Command exited with non-zero status N" first.
		read -r w r < <(tail -n 1 "$WORK/time.txt")
		if [ -z "$WALL" ] || awk -v a="$w" -v b="$WALL" 'BEGIN { exit !(a < b) }'; then WALL=$w; fi
		if [ "$r" -gt "$rss_kb" ]; then rss_kb=$r; fi
	done
	RSS=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.2f MB", b / 1048576 }'; }
size() { stat -c %s "$1"; }

REPORT=$WORK/report.md
SUMMARY=$WORK/summary.md
: >"$REPORT"
printf '| scale | snapshot / pg_dump time | snapshot / pg_dump RSS | file / zstd size | live diff / pg_dump time | snapshot s | pg_dump s | live diff s | file diff s |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n' >"$SUMMARY"
# The scale whose slowest catalog query is explained: 10000 if it is run.
PLAN_SCALE=${BENCH_PLAN_SCALE:-}
for s in $SCALES; do if [ -z "$PLAN_SCALE" ] && [ "$s" = 10000 ]; then PLAN_SCALE=10000; fi; done
declare -A load
T0=$(now)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)

for scale in $SCALES; do
	read -r tables layout desc < <(parse_scale "$scale")
	desc=${desc//_/ }
	base=base_$scale changed=changed_$scale
	say "== scale $scale ($desc)"
	gen=(bin/pgstrata-bench gen --tables "$tables" --seed "$SEED" --layout "$layout")
	"${gen[@]}" -o "$WORK/$base.sql"
	"${gen[@]}" --changed -o "$WORK/$changed.sql" 2>"$WORK/changes.txt"
	for db in "$base" "$changed"; do
		psql_ -d "$(url postgres)" -c "CREATE DATABASE $db"
		t=$(now)
		psql_ -1 -d "$(url "$db")" -f "$WORK/$db.sql" || die "loading $db failed"
		load[$db]=$(since "$t")
		# Production catalogs are analyzed by autovacuum; this cluster runs
		# without it (less noise), so analyze them once by hand.
		printf '%s\n' "SELECT format('VACUUM (ANALYZE) %s', oid::regclass) FROM pg_class" \
			"WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r' \gexec" |
			psql_ -At -d "$(url "$db")" -f - >/dev/null
		say "loaded $db in ${load[$db]} s"
	done

	load_before=$(cut -d' ' -f1 /proc/loadavg)
	say "pgstrata snapshot"
	measure 0 bin/pgstrata snapshot "$(url "$base")" -o "$WORK/$base.strata"
	snap_wall=$WALL snap_rss=$RSS
	objects=$(sed -n 's/.*: \([0-9]*\) objects from.*/\1/p' "$WORK/cmd.err")
	run_ok 0 bin/pgstrata snapshot "$(url "$changed")" -o "$WORK/$changed.strata"

	say "pg_dump --schema-only"
	measure 0 "$PGBIN/pg_dump" --schema-only -d "$(url "$base")" -f "$WORK/$base.dump.sql"
	dump_wall=$WALL dump_rss=$RSS
	strata_size=$(size "$WORK/$base.strata")
	dump_size=$(size "$WORK/$base.dump.sql")
	zstd_size=$(zstd -3 -q -c "$WORK/$base.dump.sql" | wc -c)

	say "pgstrata diff (live databases)"
	measure 2 bin/pgstrata diff --unsafe "$(url "$base")" "$(url "$changed")" -o "$WORK/live.sql"
	live_wall=$WALL live_rss=$RSS
	say "pgstrata diff (snapshot files)"
	measure 2 bin/pgstrata diff --unsafe "$WORK/$base.strata" "$WORK/$changed.strata" -o "$WORK/files.sql"
	files_wall=$WALL files_rss=$RSS
	same=no
	cmp -s "$WORK/live.sql" "$WORK/files.sql" && same=yes
	statements=$(grep -c ';$' "$WORK/live.sql" || true)
	say "pgstrata inspect"
	measure 0 bin/pgstrata inspect "$WORK/$base.strata"
	inspect_wall=$WALL inspect_rss=$RSS
	load_after=$(cut -d' ' -f1 /proc/loadavg)

	{
		echo "## Scale $scale: $desc"
		echo
		echo "Base: $(sed -n 2p "$WORK/$base.sql" | sed 's/^-- //')."
		echo "Changed: $(sed 's/^pgstrata-bench: changed: //' "$WORK/changes.txt")."
		echo "Loaded with psql -1 in ${load[$base]} s (base) and ${load[$changed]} s (changed). pgstrata captured $objects objects."
		echo "1-minute load average when the measurements started and ended: $load_before, $load_after ($(nproc) CPUs)."
		echo
		echo "| measurement | pgstrata | pg_dump --schema-only | ratio |"
		echo "|---|---:|---:|---:|"
		echo "| capture wall time, best of $RUNS | ${snap_wall} s | ${dump_wall} s | **$(ratio "$snap_wall" "$dump_wall")** (snapshot / pg_dump time) |"
		echo "| capture peak RSS, highest of $RUNS | ${snap_rss} MB | ${dump_rss} MB | **$(ratio "$snap_rss" "$dump_rss")** (snapshot / pg_dump RSS) |"
		echo "| output size | $(mb "$strata_size") (.strata) | $(mb "$dump_size") text, $(mb "$zstd_size") with zstd -3 | **$(ratio "$strata_size" "$zstd_size")** (file / zstd), $(ratio "$strata_size" "$dump_size") (file / text) |"
		echo "| diff of the two live databases: wall, peak RSS | ${live_wall} s, ${live_rss} MB | | **$(ratio "$live_wall" "$dump_wall")** (live diff / pg_dump time) |"
		echo "| diff of the two snapshot files: wall, peak RSS | ${files_wall} s, ${files_rss} MB | | $(ratio "$files_wall" "$dump_wall") (file diff / pg_dump time) |"
		echo "| inspect of the base snapshot: wall, peak RSS | ${inspect_wall} s, ${inspect_rss} MB | | |"
		echo
		echo "The migration script has $statements statements ($(wc -l <"$WORK/live.sql") lines); live and file diffs print the same script: $same."
		echo
	} >>"$REPORT"
	echo "| $scale | $(ratio "$snap_wall" "$dump_wall") | $(ratio "$snap_rss" "$dump_rss") | $(ratio "$strata_size" "$zstd_size") | $(ratio "$live_wall" "$dump_wall") | $snap_wall | $dump_wall | $live_wall | $files_wall |" >>"$SUMMARY"

	if [ "$scale" = "$PLAN_SCALE" ]; then
		say "finding the slowest catalog query (log_min_duration_statement = 0)"
		jsonlog=$PGDIR/log/postgresql.json
		lines_before=$(wc -l <"$jsonlog")
		run_ok 0 bin/pgstrata snapshot "$(url "$base")&options=-c%20log_min_duration_statement%3D0" -o "$WORK/logged.strata"
		sleep 2 # the logging collector writes asynchronously
		tail -n +"$((lines_before + 1))" "$jsonlog" >"$WORK/run.json"
		bin/pgstrata-bench slowest --queries snapshot/queries --ranking "$WORK/ranking.txt" "$WORK/run.json" >"$WORK/slowest.sql"
		{
			echo "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
			echo "SET LOCAL search_path = '';"
			# The settings that change plans, as snapshot/read.go (configureSession) sets them.
			echo "SET LOCAL work_mem = '64MB';"
			echo "EXPLAIN (ANALYZE, BUFFERS)"
			cat "$WORK/slowest.sql"
			echo ";"
			echo "ROLLBACK;"
		} >"$WORK/explain.sql"
		psql_ -At -d "$(url "$base")" -f "$WORK/explain.sql" >"$WORK/plan.txt"
		{
			echo "Slowest pgstrata catalog query at scale $scale (database $base), $(date -u +%Y-%m-%dT%H:%MZ)"
			echo "$PGVERSION"
			echo
			cat "$WORK/ranking.txt"
			echo
			echo "-- The statement, as logged:"
			cat "$WORK/slowest.sql"
			echo
			echo "-- EXPLAIN (ANALYZE, BUFFERS), in a REPEATABLE READ, READ ONLY transaction with search_path = '' and work_mem = 64MB (as pgstrata reads):"
			cat "$WORK/plan.txt"
		} >"$RESULTS/slowest_query_plan.txt"
		{
			echo "### Slowest catalog query at scale $scale"
			echo
			echo '```'
			cat "$WORK/ranking.txt"
			echo '```'
			echo
			echo "Plan: \`bench/results/slowest_query_plan.txt\` ($(grep -m1 'Execution Time' "$WORK/plan.txt" | sed 's/^ *//'))."
			echo
		} >>"$REPORT"
	fi
	# The next scale needs the memory more than these do.
	psql_ -d "$(url postgres)" -c "DROP DATABASE $base" -c "DROP DATABASE $changed"
	rm -f "$WORK"/*.sql "$WORK"/*.strata
done

ncpu=$(nproc)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
{
	echo "# pgstrata speed at scale"
	echo
	echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $REVISION ($(bin/pgstrata --version)), seed $SEED, in $(since "$T0") s."
	echo
	echo "- Machine: $ncpu CPUs ($cpu), $mem RAM; load average before/after: $LOAD0 / $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- Server: $PGVERSION"
	echo "- Cluster: one throwaway cluster on 127.0.0.1 (fsync off, shared_buffers 256MB, autovacuum off; catalogs analyzed after each load)"
	echo "- Client: $("$PGBIN/pg_dump" --version), $(go version | cut -d' ' -f3-)"
	echo "- Method: every measurement is one untimed warm-up run, then $RUNS timed runs; wall is the best, RSS (GNU time %M, the client process only) the highest."
	echo
	echo "## Summary"
	echo
	cat "$SUMMARY"
	echo
	cat "$REPORT"
} >"$RESULTS/latest.md"
cat "$RESULTS/latest.md"
