# Sourced by bench/run.sh: messages, the tools the benchmark needs, and the
# parsing of its settings.

say() { echo "bench: $*" >&2; }
die() { say "error: $*"; exit 1; }

# need_tools: PostgreSQL 15's programs, GNU time, zstd and go; time and
# zstd are installed with apt-get when running as root.
need_tools() {
	local p missing=()
	for p in initdb pg_ctl postgres psql pg_dump; do
		[ -x "$PGBIN/$p" ] || die "$PGBIN/$p is missing: install Debian's PostgreSQL 15 (apt-get install postgresql-15 postgresql-client-15)"
	done
	[ -x /usr/bin/time ] || missing+=(time)
	command -v zstd >/dev/null || missing+=(zstd)
	command -v go >/dev/null || die "go is missing (Go 1.26 or newer builds bin/pgstrata)"
	[ ${#missing[@]} -eq 0 ] && return
	say "missing: ${missing[*]} (GNU /usr/bin/time measures peak RSS; zstd compresses the pg_dump output)"
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		say "installing ${missing[*]} with apt-get"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	else
		die "install them first, e.g.: sudo apt-get install ${missing[*]}"
	fi
}

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

# check_settings stops on a bad scale, profile or SQL file before anything
# is built or started.
check_settings() {
	local s p f
	for s in $SCALES; do parse_scale "$s" >/dev/null; done
	for p in $PROFILES; do
		case $p in default | views) ;; *) die "BENCH_PROFILES: unknown profile $p (want default and/or views)" ;; esac
	done
	[ -z "$SCALES" ] || [ -n "$PROFILES" ] || die "BENCH_PROFILES is empty but BENCH_SCALES is not"
	for f in $SQL_FILES; do
		[ -f "$f" ] && [ -r "$f" ] || die "BENCH_SQL: $f is not a readable file"
	done
	case $CORPUS in "" | 0 | 1 | all) ;; *) [[ $CORPUS =~ ^[A-Za-z0-9_\ ]+$ ]] || die "BENCH_CORPUS: want 1, all, or corpus schema names" ;; esac
	[ -n "$SCALES$SQL_FILES" ] || [ -n "${CORPUS#0}" ] || die "nothing to measure: BENCH_SCALES, BENCH_SQL and BENCH_CORPUS are all empty"
}

# corpus_list prints the corpus schemas to measure, as pgstrata-bench corpus
# lists them (name, file, preamble, psql variables), in name order.
corpus_list() {
	local all name rest
	all=$(bin/pgstrata-bench corpus --major 15) || die "the corpus cannot be listed (PGSTRATA_CORPUS=${PGSTRATA_CORPUS:-unset})"
	case $CORPUS in "" | 0) return ;; 1 | all) echo "$all"; return ;; esac
	for name in $CORPUS; do
		rest=$(awk -F'\t' -v n="$name" '$1 == n' <<<"$all")
		[ -n "$rest" ] || die "BENCH_CORPUS: no corpus schema $name (have: $(cut -f1 <<<"$all" | tr '\n' ' '))"
		echo "$rest"
	done
}
