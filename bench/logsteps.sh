#!/usr/bin/env bash
# Speed of `pgstrata log --steps` over a migration folder: a corpus schema
# (lago by default) cut into N files at pg_dump's object headers
# ("-- Name: …"), then the folder's history, one revision per file, each
# applied on top of the one before in one throwaway server (see README,
# "History: pgstrata log").
#
#   bench/logsteps.sh                        # lago in 30 files, 3 runs
#   BENCH_SCHEMA=danbooru BENCH_FILES=50 bench/logsteps.sh
#
# Prints the load average and each run's wall and CPU time, then the time
# of one run over the folder whole (one revision). Binaries as pgstrata
# finds them (PGSTRATA_PG_CACHE, --pg-major from BENCH_MAJOR if set).
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${PGSTRATA_CORPUS:-../shared/corpus}
SCHEMA=${BENCH_SCHEMA:-lago}
FILES=${BENCH_FILES:-30}
RUNS=${BENCH_RUNS:-3}
major=()
[ -n "${BENCH_MAJOR:-}" ] && major=(--pg-major "$BENCH_MAJOR")
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE PGSERVICEFILE PGOPTIONS

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/pgstrata" ./cmd/pgstrata
mkdir "$work/migrations"
python3 - "$CORPUS/$SCHEMA.sql" "$work/migrations" "$FILES" <<'PY'
import sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(src).read().split('\n')
heads = [i - 1 for i, l in enumerate(lines) if l.startswith('-- Name:')]
cuts = [0] + [heads[len(heads) * k // n] for k in range(1, n)] + [len(lines)]
for k in range(n):
    open(f'{out}/{k + 1:03d}_part.sql', 'w').write('\n'.join(lines[cuts[k]:cuts[k + 1]]) + '\n')
PY
"$work/pgstrata" log "$work/migrations" "${major[@]}" >/dev/null # makes the template, once
echo "$SCHEMA in $FILES files; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$RUNS"); do
	/usr/bin/time -f "log --steps: %e s wall, %U s user, %S s sys" "$work/pgstrata" log --steps "$work/migrations" "${major[@]}" >/dev/null
done
/usr/bin/time -f "log (the folder whole): %e s wall" "$work/pgstrata" log "$work/migrations" "${major[@]}" >/dev/null
