# Sourced by bench/run.sh: the PostgreSQL 15 cluster. It is a throwaway in
# $WORK/pg, stopped and removed with $WORK on exit, unless BENCH_CLUSTER
# names a directory to keep it in: then it is only stopped, and generated
# databases stay loaded for the next run (see load_generated).

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
	if [ -f "$PGDIR/data/postmaster.pid" ]; then
		(cd "$PGDIR" && as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w -t 60 -s stop) ||
			(cd "$PGDIR" && as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w -s stop) || true
	fi
	rm -rf "$WORK"
}

# start_cluster: initdb, the settings, and a start on a free port (PORT).
start_cluster() {
	PGDIR=$WORK/pg
	if [ -n "${BENCH_CLUSTER:-}" ]; then
		PGDIR=$BENCH_CLUSTER
		if [ -f "$PGDIR/data/PG_VERSION" ]; then
			say "starting the kept PostgreSQL 15 cluster in $PGDIR"
			[ "$(cat "$PGDIR/data/PG_VERSION")" = 15 ] || die "BENCH_CLUSTER: $PGDIR/data is not a PostgreSQL 15 cluster"
			start_on_free_port
			forget_unkept_dbs
			return
		fi
	fi
	mkdir -p "$PGDIR"
	[ "$(id -u)" != 0 ] || chown postgres: "$PGDIR"
	say "starting PostgreSQL 15 in $PGDIR"
	(cd "$PGDIR" && as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log") ||
		die "initdb failed: $(cat "$WORK/initdb.log")"
	# Loading 10,000 tables in one transaction holds ~80,000 locks, and pg_dump
	# locks every table it dumps: the lock table needs room.
	cat >>"$PGDIR/data/postgresql.conf" <<CONF
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
CONF
	start_on_free_port
}

start_on_free_port() {
	local started=
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
}

url() { echo "postgres://postgres@127.0.0.1:$PORT/$1?sslmode=disable"; }
psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# analyze_catalogs DB: production catalogs are analyzed by autovacuum; this
# cluster runs without it (less noise), so analyze them once by hand.
analyze_catalogs() {
	printf '%s\n' "SELECT format('VACUUM (ANALYZE) %s', oid::regclass) FROM pg_class" \
		"WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r' \gexec" |
		psql_ -At -d "$(url "$1")" -f - >/dev/null
}

# load_db DB FILE [PREAMBLE [PSQL-ARGS...]]: create DB, load PREAMBLE ("-"
# for none) and then FILE in one transaction, analyze the catalogs. Sets
# LOADED (seconds, FILE's load). With ONE_TRANSACTION=0, FILE is loaded a
# statement at a time instead: PostgreSQL slows down as one transaction
# creates more objects (10,000 generated tables: 115 s in one, 28 s
# without), and a failed load stops the script either way.
load_db() {
	local db=$1 file=$2 pre=${3:--} t tx=(-1)
	shift $(($# < 3 ? $# : 3))
	[ "${ONE_TRANSACTION:-1}" = 0 ] && tx=()
	psql_ -d "$(url postgres)" -c "CREATE DATABASE $db"
	if [ "$pre" != - ]; then
		psql_ -d "$(url "$db")" -f "$pre" || die "loading $pre into $db failed"
	fi
	t=$(now)
	psql_ "${tx[@]}" "$@" -d "$(url "$db")" -f "$file" >/dev/null || die "loading $file into $db failed"
	LOADED=$(since "$t")
	analyze_catalogs "$db"
	say "loaded $db in $LOADED s"
}

# load_generated DB FILE: load_db with ONE_TRANSACTION=0, or nothing when
# BENCH_CLUSTER's cluster already holds DB loaded from a file with FILE's
# SHA-256 (recorded in $PGDIR/loaded/DB). Sets LOADED, "cached" for the
# latter. At 100,000 tables a load took 7 to 9 minutes per database here.
load_generated() {
	local db=$1 file=$2 sum
	sum=$(sha256sum <"$file" | cut -d' ' -f1)
	if [ -n "${BENCH_CLUSTER:-}" ] && [ "$(cat "$PGDIR/loaded/$db" 2>/dev/null)" = "$sum" ]; then
		LOADED=cached
		say "$db is loaded already (kept cluster)"
		return
	fi
	drop_dbs "$db"
	ONE_TRANSACTION=0 load_db "$db" "$file"
	if [ -n "${BENCH_CLUSTER:-}" ]; then
		mkdir -p "$PGDIR/loaded"
		echo "$sum" >"$PGDIR/loaded/$db"
	fi
}

# forget_unkept_dbs drops what an earlier run of a kept cluster left
# behind but did not record as loaded (it stopped half way).
forget_unkept_dbs() {
	local db
	for db in $(psql_ -At -d "$(url postgres)" -c "SELECT datname FROM pg_database WHERE datname NOT IN ('postgres', 'template0', 'template1')"); do
		[ -f "$PGDIR/loaded/$db" ] || drop_dbs "$db"
	done
}

# drop_generated DB...: drop_dbs unless the cluster is kept.
drop_generated() { [ -n "${BENCH_CLUSTER:-}" ] || drop_dbs "$@"; }

drop_dbs() {
	local db args=()
	for db in "$@"; do
		args+=(-c "DROP DATABASE IF EXISTS $db")
		rm -f "$PGDIR/loaded/$db"
	done
	psql_ -d "$(url postgres)" "${args[@]}"
}
