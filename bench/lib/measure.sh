# Sourced by bench/run.sh: running and timing commands, and formatting.

now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

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
# runs. Sets WALL (best wall time, s, to the millisecond: the shell's clock
# around GNU time, whose own %e has only 10 ms steps, too coarse for the
# corpus schemas) and RSS (highest peak RSS, MB, from GNU time's %M).
measure() {
	local ok=$1 t0 w r rss_kb=0
	shift
	run_ok "$ok" "$@"
	WALL=
	for _ in $(seq "$RUNS"); do
		t0=$EPOCHREALTIME
		run_ok "$ok" /usr/bin/time -f '%M' -o "$WORK/time.txt" "$@"
		w=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
		# GNU time puts "Command exited with non-zero status N" first.
		r=$(tail -n 1 "$WORK/time.txt")
		if [ -z "$WALL" ] || awk -v a="$w" -v b="$WALL" 'BEGIN { exit !(a < b) }'; then WALL=$w; fi
		if [ "$r" -gt "$rss_kb" ]; then rss_kb=$r; fi
	done
	RSS=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }
size() { stat -c %s "$1"; }
# human BYTES: KB below a megabyte, MB above.
human() { awk -v b="$1" 'BEGIN { if (b < 1048576) printf "%.1f KB", b / 1024; else printf "%.2f MB", b / 1048576 }'; }
