package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/alecthomas/kong"

	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/hugeheap"
)

// version is the pgstrata version; release builds set it with
// -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit statuses, as migra has them.
const (
	exitOK          = 0
	exitError       = 1
	exitDifferences = 2
	exitUnsafe      = 3
)

type cli struct {
	Version kong.VersionFlag `help:"Print the version and exit."`

	Snapshot snapshotCmd `cmd:"" help:"Capture a database's schema into a snapshot file."`
	Inspect  inspectCmd  `cmd:"" help:"Show what a snapshot file holds and check it for damage."`
	Diff     diffCmd     `cmd:"" help:"Print the SQL that turns FROM's schema into TO's (each a database or a snapshot file)."`
	Log      logCmd      `cmd:"" help:"What changed from each snapshot to the next: files, a folder, or a file's revisions in git."`
	Convert  convertCmd  `cmd:"" help:"Rewrite a snapshot in the current format, compressed or not (a git filter stores them uncompressed)."`
	Show     showCmd     `cmd:"" help:"Print the DDL of a snapshot file or database (or, with --format json, its objects); selects objects by pattern, schema and kind."`
	Help     helpCmd     `cmd:"" help:"Show help for a command."`
	Ver      versionCmd  `cmd:"" name:"version" help:"Print the version (with the git revision of the build) and exit."`
}

// runContext is what every command's Run receives.
type runContext struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// exitError carries an exit status other than 1 out of a command.
type exitStatus struct {
	code int
	err  error // printed when not nil
}

func (e *exitStatus) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// heapReservation is how much heap hugeheap.Prepare readies for huge
// pages at least: more than a diff of two 10,000-table files peaks at
// (about 220 MB). Only address space is reserved: nothing is touched until
// used.
const heapReservation = 512 << 20

// heapPerBodyByte is how much heap reading a snapshot takes per byte of
// its (uncompressed) body, rounded up: a diff of two 100,000-table files
// with bodies of 154 MB each peaks at about 1.3 GB.
const heapPerBodyByte = 5

func main() {
	terminalInput = os.Stdin // a password may be asked for there (see connFlags)
	// Reading a large catalog faults in hundreds of megabytes; in huge
	// pages that is a few hundred faults instead of tens of thousands.
	hugeheap.Prepare(heapFor(os.Args[1:], heapReservation))
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// heapFor is the heap to ready for a run with these arguments: enough for
// the snapshot files among them (each regular file whose header reads as
// one), and floor at least. Beyond the reservation the heap grows in small
// pages: a diff of two 100,000-table files took 171,000 page faults with
// 512 MiB, 6,000 with this. Reading a header is a few hundred bytes; an
// argument that is not a snapshot costs an open at most.
func heapFor(args []string, floor int) int {
	bodies := snapshotBodies(args...)
	if bodies > math.MaxInt/heapPerBodyByte {
		return math.MaxInt // hugeheap.Prepare takes a quarter of the memory at most
	}
	return max(floor, int(bodies)*heapPerBodyByte)
}

// snapshotBodies is the total body length of the snapshot files among
// args (each regular file whose header reads as one).
func snapshotBodies(args ...string) int64 {
	var bodies int64
	for _, arg := range args {
		if info, err := os.Stat(arg); err != nil || !info.Mode().IsRegular() {
			continue
		}
		if h, err := strata.ReadHeader(arg); err == nil && h.BodyLength > 0 {
			bodies += h.BodyLength
		}
	}
	return bodies
}

// run is main without the process: it parses args, runs the command and
// returns the exit status. Every error becomes one line on stderr.
func run(args []string, stdout, stderr io.Writer) (code int) {
	var cmdline cli
	exited := false
	parser, err := kong.New(&cmdline,
		kong.Name("pgstrata"),
		kong.Description("PostgreSQL schema snapshots and migrations."),
		kong.Vars{"version": "pgstrata " + toolVersion(), "formats": strings.Join(render.Names(), ",")},
		kong.UsageOnError(),
		kong.Writers(stdout, stderr),
		kong.Exit(func(c int) { code, exited = c, true; panic(exitPanic{}) }),
	)
	if err != nil {
		fmt.Fprintln(stderr, "pgstrata: internal error:", err)
		return exitError
	}
	// kong calls Exit for --help and --version; unwind to here instead of
	// leaving the process from inside the parser.
	defer func() {
		if p := recover(); p != nil {
			if _, ok := p.(exitPanic); !ok || !exited {
				panic(p)
			}
		}
	}()
	kctx, err := parser.Parse(args)
	if err != nil {
		msg := err.Error()
		if len(args) > 0 && args[0] == "snapshot" && strings.HasPrefix(msg, "unexpected argument ") {
			// `snapshot URL out.strata`, as pg_dump's -f habit does not
			// carry over: say where the file name goes.
			msg += " (to write the snapshot to a file, use -o " + strings.TrimPrefix(msg, "unexpected argument ") + ")"
		}
		fmt.Fprintln(stderr, "pgstrata: "+oneLine(msg))
		return exitError
	}
	err = runInterruptible(func(ctx context.Context) error {
		return kctx.Run(&runContext{ctx: ctx, stdin: os.Stdin, stdout: stdout, stderr: stderr})
	})
	var status *exitStatus
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &status):
		if status.err != nil {
			fmt.Fprintln(stderr, "pgstrata: "+oneLine(status.err.Error()))
		}
		return status.code
	case errors.Is(err, errInterrupted):
		fmt.Fprintln(stderr, "pgstrata: interrupted")
		return exitError
	default:
		fmt.Fprintln(stderr, "pgstrata: "+oneLine(err.Error()))
		return exitError
	}
}

type exitPanic struct{}

// oneLine folds a multi-line message (some server errors have a DETAIL or
// HINT on lines of their own) into a single line, with what a terminal
// would act on escaped (messages quote files and servers; see printable).
func oneLine(msg string) string {
	return printable(strings.Join(strings.Fields(msg), " "))
}
