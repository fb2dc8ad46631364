#!/usr/bin/env bash
# Speed of SQL files as input: each corpus schema, from its .sql file to a
# snapshot file, through the throwaway PostgreSQL that pgstrata starts.
#
#   bench/sqlinput.sh                       # every corpus schema, majors 15 and 17
#   BENCH_MAJORS=17 BENCH_RUNS=5 bench/sqlinput.sh
#
# The binaries are what pgstrata itself finds (see README, "SQL files as
# input"): PGSTRATA_PG_CACHE or the user cache for downloaded builds. One
# untimed run per major first makes the initdb template, as any first run
# does; then each schema is timed BENCH_RUNS times (default 3) with
# `pgstrata snapshot DIR -o FILE`, DIR holding the schema's preamble (if any)
# and the schema file. The report (median and fastest wall time, and the
# phases of the fastest run from -v) goes to stdout and
# bench/results/sqlinput.md.
#
# Environment: PGSTRATA_CORPUS (default ../shared/corpus), BENCH_MAJORS
# (default "15 17"), BENCH_RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${PGSTRATA_CORPUS:-../shared/corpus}
MAJORS=${BENCH_MAJORS:-15 17}
RUNS=${BENCH_RUNS:-3}
RESULTS=bench/results
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE PGSERVICEFILE PGOPTIONS

say() { echo "bench: $*" >&2; }
[ -d "$CORPUS" ] || { say "no corpus at $CORPUS (set PGSTRATA_CORPUS)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/pgstrata" ./cmd/pgstrata

# min_major max_major psql-vars per schema (see internal/corpus).
limits() {
	case $1 in
	postgrest_spec) echo "12 16" ;;
	danbooru|graphile_starter|lago|openstreetmap) echo "13 99" ;;
	*) echo "12 99" ;;
	esac
}
vars() { [ "$1" = postgrest_apflora ] && echo "--psql-var PGUSER=postgres" || true; }

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

mkdir -p "$RESULTS"
out="$RESULTS/sqlinput.md"
{
	echo "# SQL input: corpus schema .sql to snapshot"
	echo
	echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $RUNS timed runs each after one untimed run per major (which makes the initdb template)."
	echo
	echo "| schema | KB | major | median s | fastest s | phases of the fastest run (ms) |"
	echo "|---|---:|---:|---:|---:|---|"
} >"$out"

for major in $MAJORS; do
	echo "CREATE TABLE warmup (id int);" >"$work/warmup.sql"
	"$work/pgstrata" snapshot "$work/warmup.sql" -o "$work/warmup.strata" --pg-major "$major" 2>/dev/null
	for file in "$CORPUS"/*.sql; do
		name=$(basename "$file" .sql)
		read -r lo hi < <(limits "$name")
		if [ "$major" -lt "$lo" ] || [ "$major" -gt "$hi" ]; then
			continue
		fi
		dir="$work/$name"
		rm -rf "$dir" && mkdir "$dir"
		[ -f "$CORPUS/preamble/$name.sql" ] && ln -s "$(realpath "$CORPUS/preamble/$name.sql")" "$dir/0_preamble.sql"
		ln -s "$(realpath "$file")" "$dir/1_$name.sql"
		times=()
		best="" besttime=999
		for _ in $(seq "$RUNS"); do
			t0=$(now)
			# shellcheck disable=SC2046
			"$work/pgstrata" snapshot "$dir" -o "$work/$name.strata" --pg-major "$major" -v $(vars "$name") 2>"$work/err" ||
				{ say "$name on $major failed: $(cat "$work/err")"; exit 1; }
			t=$(echo "$(now) - $t0" | bc)
			times+=("$t")
			if (($(echo "$t < $besttime" | bc))); then
				besttime=$t
				best=$(grep -E ' ms$' "$work/err" | sed -E 's/^pgstrata: +//; s/ +([0-9.]+) ms$/ \1/' |
					awk '{ms=$NF; $NF=""; sub(/ +$/, ""); printf "%s%s %.0f", sep, $0, ms; sep="; "}')
			fi
		done
		kb=$(( $(cat "$dir"/*.sql | wc -c) / 1024 ))
		med=$(printf '%s\n' "${times[@]}" | median)
		line=$(printf '| %s | %d | %s | %.2f | %.2f | %s |' "$name" "$kb" "$major" "$med" "$besttime" "$best")
		echo "$line" >>"$out"
		say "$line"
	done
done
cat "$out"
