# Sourced by bench/run.sh: the plan of pgstrata's slowest catalog query.

# explain_slowest DB WHAT OUT: snapshot DB once with every statement logged,
# find pgstrata's slowest query in the server's jsonlog, EXPLAIN ANALYZE it
# as pgstrata runs it, write the plan to OUT and a summary to $REPORT.
explain_slowest() {
	local db=$1 what=$2 out=$3 jsonlog=$PGDIR/log/postgresql.json lines_before
	say "finding the slowest catalog query (log_min_duration_statement = 0)"
	lines_before=$(wc -l <"$jsonlog")
	run_ok 0 bin/pgstrata snapshot "$(url "$db")&options=-c%20log_min_duration_statement%3D0" -o "$WORK/logged.strata"
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
	psql_ -At -d "$(url "$db")" -f "$WORK/explain.sql" >"$WORK/plan.txt"
	{
		echo "Slowest pgstrata catalog query, $what (database $db), $(date -u +%Y-%m-%dT%H:%MZ)"
		echo "$PGVERSION"
		echo
		cat "$WORK/ranking.txt"
		echo
		echo "-- The statement, as logged:"
		cat "$WORK/slowest.sql"
		echo
		echo "-- EXPLAIN (ANALYZE, BUFFERS), in a REPEATABLE READ, READ ONLY transaction with search_path = '' and work_mem = 64MB (as pgstrata reads):"
		cat "$WORK/plan.txt"
	} >"$out"
	{
		echo "### Slowest catalog query, $what"
		echo
		echo '```'
		cat "$WORK/ranking.txt"
		echo '```'
		echo
		echo "Plan: \`$out\` ($(grep -m1 'Execution Time' "$WORK/plan.txt" | sed 's/^ *//'))."
		echo
	} >>"$REPORT"
}
