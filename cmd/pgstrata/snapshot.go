package main

import (
	"fmt"
	"io"
	"time"

	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/sqlinput"
	"github.com/pgstrata/pgstrata/snapshot"
)

type snapshotCmd struct {
	Source           string        `arg:"" optional:"" name:"source" help:"Database to read: a postgres:// URL, a key=value DSN or a database name, as psql takes them (PG* variables, the service file and ~/.pgpass fill in the rest; left out, the PG* variables say where to go); or SQL (a .sql file or a folder of them) to load into a throwaway PostgreSQL and read there."`
	Output           string        `short:"o" required:"" placeholder:"FILE" help:"Snapshot file to write (atomically); - for standard output."`
	LockTimeout      time.Duration `default:"5s" help:"Give up rather than wait longer than this for a catalog lock (never block a busy server)."`
	StatementTimeout time.Duration `default:"5m" help:"Give up on any catalog query that runs longer than this."`
	Verbose          bool          `short:"v" help:"Print how long each step of the read takes (on stderr); for SQL, what was started too."`
	Quiet            bool          `short:"q" help:"Print nothing on stderr but errors (no progress line on a terminal, no summary)."`
	sqlFlags         `embed:""`
	connFlags        `embed:""`
}

func (c *snapshotCmd) Run(rc *runContext) error {
	if err := checkOutput(c.Output, inputFiles(c.Source)...); err != nil {
		return err
	}
	if err := checkBinaryOutput(rc, c.Output); err != nil {
		return err
	}
	defer limitSnapshotMemory()()
	if sqlinput.IsInput(c.Source) {
		return c.fromSQL(rc)
	}
	opts := snapshot.ReadOptions{LockTimeout: c.LockTimeout, StatementTimeout: c.StatementTimeout}
	endProgress := func() {}
	switch {
	case c.Verbose:
		opts.Trace = func(step string, took time.Duration) { traceStep(rc.stderr, step, took) }
	case !c.Quiet && isTerminal(rc.stderr):
		// Never on a pipe or a file: a log would fill with rewrites.
		p := newProgress(rc.stderr)
		opts.Trace = p.step
		endProgress = p.done
	}
	connString, label, err := liveSource(c.Source)
	if err != nil {
		return err
	}
	connOpts, err := c.connectOptions(rc.stderr)
	if err != nil {
		return err
	}
	started := time.Now()
	conn, err := snapshot.ConnectWith(rc.ctx, connString, connOpts)
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	defer conn.Close(rc.ctx)
	defer trackLive()()
	if opts.Trace != nil {
		opts.Trace("connecting", time.Since(started))
	}
	capturedAt := time.Now().UTC()
	cat, info, err := snapshot.Read(rc.ctx, conn, opts)
	endProgress()
	if err != nil {
		return explainTimeout(err, c.LockTimeout, c.StatementTimeout)
	}
	header := strata.Header{
		ToolVersion:      toolVersion(),
		ServerVersion:    info.Version,
		ServerVersionNum: info.VersionNum,
		Database:         info.Database,
		CapturedAt:       capturedAt,
		Source:           label,
		Options:          c.options(),
	}
	return c.finish(rc, header, cat)
}

// options are the header's record of how the catalog was read.
func (c *snapshotCmd) options() []string {
	return []string{
		"lock_timeout=" + c.LockTimeout.String(),
		"statement_timeout=" + c.StatementTimeout.String(),
	}
}

// fromSQL snapshots what SQL files make in a throwaway server.
func (c *snapshotCmd) fromSQL(rc *runContext) error {
	cat, side, err := openSide(rc.ctx, c.Source, sideOptions{
		sqlFlags: c.sqlFlags, LockTimeout: c.LockTimeout, StatementTimeout: c.StatementTimeout,
		Verbose: c.Verbose, Stderr: rc.stderr,
	})
	if err != nil {
		return err
	}
	return c.finish(rc, strata.Header{
		ToolVersion:      toolVersion(),
		ServerVersion:    side.ServerVersion,
		ServerVersionNum: side.ServerVersionNum,
		Database:         side.Database,
		CapturedAt:       side.CapturedAt,
		Source:           c.Source,
		Options:          c.options(),
	}, cat)
}

// finish writes the snapshot and says what it wrote.
func (c *snapshotCmd) finish(rc *runContext, header strata.Header, cat *snapshot.Catalog) error {
	started := time.Now()
	if err := c.write(rc, header, cat); err != nil {
		return err
	}
	if c.Verbose {
		traceStep(rc.stderr, "encoding and writing", time.Since(started))
	}
	if c.Quiet {
		return nil
	}
	counts := cat.Counts()
	total := 0
	for _, n := range counts {
		total += n
	}
	where := c.Output
	if where == stdoutName {
		where = "standard output"
	}
	fmt.Fprintf(rc.stderr, "pgstrata: wrote %s: %d objects from %s (PostgreSQL %s)\n",
		where, total, header.Database, header.ServerVersion)
	return nil
}

// write writes the snapshot to -o: a file (see strata.WriteFile), or
// standard output for "-".
func (c *snapshotCmd) write(rc *runContext, header strata.Header, cat *snapshot.Catalog) error {
	if c.Output != stdoutName {
		return strata.WriteFile(c.Output, header, cat)
	}
	return writeOutput(rc, stdoutName, func(w io.Writer) error {
		_, err := strata.Encode(w, header, cat)
		return err
	})
}
