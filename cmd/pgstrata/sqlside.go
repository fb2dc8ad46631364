package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/internal/pgserver"
	"github.com/pgstrata/pgstrata/internal/sqlinput"
	"github.com/pgstrata/pgstrata/snapshot"
)

// openSQL opens the SQL inputs args[i] for i in which (cats and sides of
// the other sides are filled in already): it starts one throwaway server,
// loads each input into a database of its own, reads its catalog, and
// stops the server. The server is stopped on every path out, a Ctrl-C
// included (see stopOnAbort).
func openSQL(ctx context.Context, args []string, which []int, cats []*snapshot.Catalog, sides []render.Side, opts sideOptions) error {
	files := make([][]string, len(which))
	for k, i := range which {
		var err error
		if files[k], err = sqlinput.Files(args[i]); err != nil {
			return err
		}
	}
	find, wanted := findOptions(cats, opts)
	sopts := sqlinput.Options{Find: find, Vars: opts.PsqlVar, Notef: notef(opts)}
	if opts.Verbose {
		sopts.Verbosef = sopts.Notef
		sopts.Trace = func(step string, took time.Duration) { traceStep(opts.Stderr, step, took) }
	}
	// The server is live from here until it has stopped: an interrupted run
	// waits for the command to stop it (see runInterruptible), and a second
	// Ctrl-C stops it from the signal handler.
	defer trackLive()()
	var loader *sqlinput.Loader
	var mu sync.Mutex
	defer stopOnAbort(func() {
		mu.Lock()
		defer mu.Unlock()
		if loader != nil {
			loader.Stop()
		}
	})()
	l, err := sqlinput.Start(ctx, files, sopts)
	if err != nil {
		return fmt.Errorf("%s: %w", args[which[0]], err)
	}
	mu.Lock()
	loader = l
	mu.Unlock()
	defer l.Stop()
	if wanted != 0 && l.Server.Major != wanted {
		sopts.Notef("no PostgreSQL %d here and downloads are off: loading SQL into PostgreSQL %d (%s)", wanted, l.Server.Major, l.Server.BinDir)
	}
	for k, i := range which {
		db, err := l.Load(ctx, args[i], files[k])
		if err != nil {
			return err
		}
		t0 := time.Now()
		cat, info, capturedAt, err := readLive(ctx, l.Server.URL(db), opts)
		if err != nil {
			return fmt.Errorf("%s: reading what it made: %w", args[i], err)
		}
		if sopts.Trace != nil {
			sopts.Trace("reading "+db, time.Since(t0))
		}
		if cats[i] = cat; k < len(which)-1 {
			if err := l.Discard(ctx, db); err != nil {
				return err
			}
		}
		sides[i] = liveSide(args[i], cat, info, capturedAt)
	}
	return nil
}

// findOptions says which binaries load the SQL: --pg-bin, else --pg-major,
// else the major of the first side that is not SQL (wanted, which may be
// fallen back from when offline), else the newest installed.
func findOptions(cats []*snapshot.Catalog, opts sideOptions) (find pgserver.FindOptions, wanted int) {
	find = pgserver.FindOptions{BinDir: opts.PgBin, Major: opts.PgMajor, Offline: opts.Offline}
	if opts.PgBin != "" || opts.PgMajor != 0 {
		return find, 0
	}
	for _, c := range cats {
		if c != nil {
			find.Major = c.ServerVersionNum / 10000
			find.AnyMajorOffline = true
			return find, find.Major
		}
	}
	return find, 0
}

// notef prints a note on stderr, one line.
func notef(opts sideOptions) func(string, ...any) {
	return func(format string, args ...any) {
		fmt.Fprintln(opts.Stderr, "pgstrata: "+oneLine(fmt.Sprintf(format, args...)))
	}
}
