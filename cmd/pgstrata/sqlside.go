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
// stops the server.
func openSQL(ctx context.Context, args []string, which []int, cats []*snapshot.Catalog, sides []render.Side, opts sideOptions) error {
	files := make([][]string, len(which))
	for k, i := range which {
		var err error
		if files[k], err = sqlinput.Files(args[i]); err != nil {
			return err
		}
	}
	find, wanted := findOptions(cats, opts)
	srv, err := startSQL(ctx, files, find, wanted, opts, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", args[which[0]], err)
	}
	defer srv.close()
	for k, i := range which {
		db, err := srv.Load(ctx, args[i], files[k])
		if err != nil {
			return err
		}
		if cats[i], sides[i], err = srv.read(ctx, args[i], db); err != nil {
			return err
		}
		if k < len(which)-1 {
			if err := srv.Discard(ctx, db); err != nil {
				return err
			}
		}
	}
	return nil
}

// sqlServer is a throwaway server that SQL inputs are loaded into (see
// sqlinput.Loader), and what reading their databases needs.
type sqlServer struct {
	*sqlinput.Loader
	opts  sideOptions
	sopts sqlinput.Options
	end   func()
}

// startSQL finds binaries as find says and starts a throwaway server, with
// the roles that inputs (each a list of files) name made in it; wanted is
// the major that find fell back from, if any, which a note then names.
// fileName is sqlinput.Options.FileName. The caller must close the server
// on every path out; a Ctrl-C is covered too: the run waits for the
// command to close it (see runInterruptible), and a second Ctrl-C stops it
// from the signal handler (see stopOnAbort).
func startSQL(ctx context.Context, inputs [][]string, find pgserver.FindOptions, wanted int, opts sideOptions,
	fileName func(string) string) (*sqlServer, error) {
	sopts := sqlinput.Options{Find: find, Vars: opts.PsqlVar, Notef: notef(opts), FileName: fileName}
	if opts.Verbose {
		sopts.Verbosef = sopts.Notef
		sopts.Trace = func(step string, took time.Duration) { traceStep(opts.Stderr, step, took) }
	}
	untrack := trackLive()
	var loader *sqlinput.Loader
	var mu sync.Mutex
	unregister := stopOnAbort(func() {
		mu.Lock()
		defer mu.Unlock()
		if loader != nil {
			loader.Stop()
		}
	})
	l, err := sqlinput.Start(ctx, inputs, sopts)
	if err != nil {
		unregister()
		untrack()
		return nil, err
	}
	mu.Lock()
	loader = l
	mu.Unlock()
	if wanted != 0 && l.Server.Major != wanted {
		sopts.Notef("no PostgreSQL %d here and downloads are off: loading SQL into PostgreSQL %d (%s)", wanted, l.Server.Major, l.Server.BinDir)
	}
	return &sqlServer{Loader: l, opts: opts, sopts: sopts, end: func() {
		l.Stop()
		unregister()
		untrack()
	}}, nil
}

// close stops the server and removes its files.
func (s *sqlServer) close() { s.end() }

// read reads the catalog of a database the SQL of input made.
func (s *sqlServer) read(ctx context.Context, input, db string) (*snapshot.Catalog, render.Side, error) {
	t0 := time.Now()
	cat, info, capturedAt, err := readLive(ctx, s.Server.URL(db), s.opts)
	if err != nil {
		return nil, render.Side{}, fmt.Errorf("%s: reading what it made: %w", input, err)
	}
	if s.sopts.Trace != nil {
		s.sopts.Trace("reading "+db, time.Since(t0))
	}
	return cat, liveSide(input, cat, info, capturedAt), nil
}

// findOptions says which binaries load the SQL: --pg-bin, else --pg-major,
// else the major of the first side that is not SQL (wanted, which may be
// fallen back from when offline), else the newest installed.
func findOptions(cats []*snapshot.Catalog, opts sideOptions) (find pgserver.FindOptions, wanted int) {
	for _, c := range cats {
		if c != nil {
			return findFor(c.ServerVersionNum/10000, opts)
		}
	}
	return findFor(0, opts)
}

// findFor is findOptions with the major of the first side that is not SQL
// (0: none).
func findFor(major int, opts sideOptions) (find pgserver.FindOptions, wanted int) {
	find = pgserver.FindOptions{BinDir: opts.PgBin, Major: opts.PgMajor, Offline: opts.Offline}
	if opts.PgBin != "" || opts.PgMajor != 0 || major == 0 {
		return find, 0
	}
	find.Major, find.AnyMajorOffline = major, true
	return find, major
}

// notef prints a note on stderr, one line.
func notef(opts sideOptions) func(string, ...any) {
	return func(format string, args ...any) {
		fmt.Fprintln(opts.Stderr, "pgstrata: "+oneLine(fmt.Sprintf(format, args...)))
	}
}
