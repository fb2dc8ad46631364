# Sourced by bench/run.sh: one row of the report per schema ("case").
#
# A case is a generated schema (a profile at a scale, with its changed
# variant), a .sql file (BENCH_SQL) or a corpus schema (BENCH_CORPUS). The
# last two have no changed variant: their diff columns diff the schema with
# itself, the live database against itself and the .strata file against
# itself. That diff prints no statement; its time is what reading both sides
# and planning cost, which the offline diff target is about (reading the two
# files dominates it).

# bench_case LABEL TITLE BASE [CHANGED]: measure database BASE, and the
# diffs from BASE to CHANGED (or to BASE itself). LABEL names the summary
# row, TITLE the section of the details, which starts with the lines of
# CASE_INFO. Appends to $REPORT and $SUMMARY.
bench_case() {
	local label=$1 title=$2 base=$3 changed=${4:-} self= objects same statements load_before load_after
	local snap_wall snap_rss dump_wall dump_rss live_wall live_rss files_wall files_rss inspect_wall inspect_rss verify_wall verify_rss
	local strata_size dump_size zstd_size from_file to_file
	[ -n "$changed" ] || { changed=$base self=1; }
	load_before=$(cut -d' ' -f1 /proc/loadavg)
	say "pgstrata snapshot"
	measure 0 bin/pgstrata snapshot "$(url "$base")" -o "$WORK/$base.strata"
	snap_wall=$WALL snap_rss=$RSS
	objects=$(sed -n 's/.*: \([0-9]*\) objects from.*/\1/p' "$WORK/cmd.err")
	from_file=$WORK/$base.strata to_file=$WORK/$base.strata
	if [ -z "$self" ]; then
		to_file=$WORK/$changed.strata
		run_ok 0 bin/pgstrata snapshot "$(url "$changed")" -o "$to_file"
	fi

	say "pg_dump --schema-only"
	measure 0 "$PGBIN/pg_dump" --schema-only -d "$(url "$base")" -f "$WORK/$base.dump.sql"
	dump_wall=$WALL dump_rss=$RSS
	strata_size=$(size "$WORK/$base.strata")
	dump_size=$(size "$WORK/$base.dump.sql")
	zstd_size=$(zstd -3 -q -c "$WORK/$base.dump.sql" | wc -c)
	if [ -n "$KEEP" ]; then
		cp "$WORK/$base.strata" "$WORK/$base.dump.sql" "$KEEP/"
		[ -n "$self" ] || cp "$to_file" "$KEEP/"
	fi

	say "pgstrata diff (live databases)"
	measure "0 2" bin/pgstrata diff --unsafe "$(url "$base")" "$(url "$changed")" -o "$WORK/live.sql"
	live_wall=$WALL live_rss=$RSS
	say "pgstrata diff (snapshot files)"
	measure "0 2" bin/pgstrata diff --unsafe "$from_file" "$to_file" -o "$WORK/files.sql"
	files_wall=$WALL files_rss=$RSS
	same=no
	cmp -s "$WORK/live.sql" "$WORK/files.sql" && same=yes
	statements=$(grep -c ';$' "$WORK/live.sql" || true)
	say "pgstrata inspect"
	measure 0 bin/pgstrata inspect "$WORK/$base.strata"
	inspect_wall=$WALL inspect_rss=$RSS
	say "pgstrata inspect --verify"
	measure 0 bin/pgstrata inspect --verify "$WORK/$base.strata"
	verify_wall=$WALL verify_rss=$RSS
	load_after=$(cut -d' ' -f1 /proc/loadavg)

	local diffs="the two live databases" fdiffs="the two snapshot files"
	[ -z "$self" ] || diffs="the live database with itself" fdiffs="the snapshot file with itself"
	{
		echo "## $title"
		echo
		printf '%s\n' "${CASE_INFO[@]}"
		echo "pgstrata captured $objects objects."
		echo "1-minute load average when the measurements started and ended: $load_before, $load_after ($(nproc) CPUs)."
		echo
		echo "| measurement | pgstrata | pg_dump --schema-only | ratio |"
		echo "|---|---:|---:|---:|"
		echo "| capture wall time, best of $RUNS | ${snap_wall} s | ${dump_wall} s | **$(ratio "$snap_wall" "$dump_wall")** (snapshot / pg_dump time) |"
		echo "| capture peak RSS, highest of $RUNS | ${snap_rss} MB | ${dump_rss} MB | **$(ratio "$snap_rss" "$dump_rss")** (snapshot / pg_dump RSS) |"
		echo "| output size | $(human "$strata_size") (.strata) | $(human "$dump_size") text, $(human "$zstd_size") with zstd -3 | **$(ratio "$strata_size" "$zstd_size")** (file / zstd), $(ratio "$strata_size" "$dump_size") (file / text) |"
		echo "| diff of $diffs: wall, peak RSS | ${live_wall} s, ${live_rss} MB | | **$(ratio "$live_wall" "$dump_wall")** (live diff / pg_dump time) |"
		echo "| diff of $fdiffs: wall, peak RSS | ${files_wall} s, ${files_rss} MB | | $(ratio "$files_wall" "$dump_wall") (file diff / pg_dump time) |"
		echo "| inspect of the snapshot: wall, peak RSS | ${inspect_wall} s, ${inspect_rss} MB | | |"
		echo "| inspect --verify (decodes it, recomputes the digest): wall, peak RSS | ${verify_wall} s, ${verify_rss} MB | | |"
		echo
		echo "The migration script has $statements statements ($(wc -l <"$WORK/live.sql") lines); live and file diffs print the same script: $same."
		echo
	} >>"$REPORT"
	local kind=changed
	[ -z "$self" ] || kind=self
	echo "| $label | $objects | $snap_wall / $dump_wall | **$(ratio "$snap_wall" "$dump_wall")** | $snap_rss / $dump_rss | **$(ratio "$snap_rss" "$dump_rss")** | $(human "$strata_size") / $(human "$zstd_size") | **$(ratio "$strata_size" "$zstd_size")** | $live_wall ($(ratio "$live_wall" "$dump_wall")×) | $kind: $files_wall s, $files_rss MB | $inspect_wall ($verify_wall) |" >>"$SUMMARY"
}

summary_header() {
	echo "| schema | objects | snapshot / pg_dump s | time ratio | peak RSS MB (pgstrata / pg_dump) | RSS ratio | .strata / pg_dump -s \| zstd -3 | size ratio | live diff s (/ pg_dump) | file diff | inspect s (--verify) |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
}

# generated_case PROFILE SCALE: the generator's schema and its changed
# variant.
generated_case() {
	local profile=$1 scale=$2 tables layout desc gen id base changed base_load
	read -r tables layout desc < <(parse_scale "$scale")
	desc=${desc//_/ }
	id=${profile}_${scale}
	base=base_$id changed=changed_$id
	say "== profile $profile, scale $scale ($desc)"
	gen=(bin/pgstrata-bench gen --tables "$tables" --seed "$SEED" --layout "$layout" --profile "$profile")
	"${gen[@]}" -o "$WORK/$base.sql"
	"${gen[@]}" --changed -o "$WORK/$changed.sql" 2>"$WORK/changes.txt"
	# Generated SQL is ours and loads into a new database: no need for one
	# transaction, which at 100,000 tables takes hours instead of minutes.
	load_generated "$base" "$WORK/$base.sql"
	base_load=$LOADED
	load_generated "$changed" "$WORK/$changed.sql"
	CASE_INFO=("Base: $(sed -n 2p "$WORK/$base.sql" | sed 's/^-- //') ($(sed -n 1p "$WORK/$base.sql" | sed 's/^-- Generated by: //'))."
		"Changed: $(sed 's/^pgstrata-bench: changed: //' "$WORK/changes.txt")."
		"Loaded with psql (a statement at a time): base $(load_time "$base_load"), changed $(load_time "$LOADED").")
	bench_case "$profile $scale" "$profile profile, scale $scale: $desc" "$base" "$changed"
	if [ "$scale" = "$PLAN_SCALE" ]; then
		local out=slowest_query_plan.txt
		[ "$profile" = default ] || out=slowest_query_plan_$profile.txt
		explain_slowest "$base" "$profile profile, scale $scale" "$RESULTS/$out"
	fi
	# The next case needs the memory more than these do.
	drop_generated "$base" "$changed"
	rm -f "$WORK"/*.sql "$WORK"/*.strata
}

# load_time SECONDS|cached: how long a load took, for CASE_INFO.
load_time() {
	if [ "$1" = cached ]; then echo "loaded by an earlier run (BENCH_CLUSTER)"; else echo "in $1 s"; fi
}

# sql_case N FILE: a schema from a .sql file (BENCH_SQL), loaded with psql -1.
sql_case() {
	local db=sql_$1 file=$2
	say "== SQL file $file"
	load_db "$db" "$file"
	CASE_INFO=("Schema: \`$file\` ($(size "$file") bytes, sha256 $(sha256sum "$file" | cut -c1-16)…), loaded with psql -1 in $LOADED s." "No changed variant: the diffs compare the schema with itself.")
	bench_case "file $(basename "$file")" "SQL file $(basename "$file")" "$db"
	drop_dbs "$db"
	rm -f "$WORK"/*.sql "$WORK"/*.strata
}

# corpus_case NAME FILE PREAMBLE VARS: a corpus schema, loaded as
# internal/corpus says (preamble first, psql variables).
corpus_case() {
	local name=$1 file=$2 pre=$3 vars=$4 db=corpus_$1 args=() v list
	say "== corpus schema $name"
	if [ "$vars" != - ]; then
		IFS=, read -ra list <<<"$vars"
		for v in "${list[@]}"; do args+=(-v "$v"); done
	fi
	load_db "$db" "$file" "$pre" "${args[@]}"
	local how="psql -1"
	[ "$pre" = - ] || how="preamble/$(basename "$pre") first, then psql -1"
	[ ${#args[@]} -eq 0 ] || how+=" ${args[*]}"
	CASE_INFO=("Schema: corpus \`$(basename "$file")\` ($(size "$file") bytes; source in the corpus's SOURCES.md), loaded with $how in $LOADED s."
		"No changed variant: the diffs compare the schema with itself.")
	bench_case "corpus $name" "corpus schema $name" "$db"
	drop_dbs "$db"
	rm -f "$WORK"/*.sql "$WORK"/*.strata
}
