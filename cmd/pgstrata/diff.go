package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/internal/sqlinput"
	"github.com/pgstrata/pgstrata/snapshot"
)

type diffCmd struct {
	From string `arg:"" name:"from" help:"Current schema: a snapshot file, a postgres:// URL, a key=value DSN, a database name, or SQL (a .sql file or a folder of them, loaded into a throwaway PostgreSQL)."`
	To   string `arg:"" name:"to" help:"Wanted schema: a snapshot file, a postgres:// URL, a key=value DSN, a database name, or SQL (a .sql file or a folder of them)."`

	Unsafe bool `help:"Print the script even when it drops objects or can lose data (otherwise exit 3: --format sql prints nothing, json, review and html print the plan with the withheld statements marked)."`
	// Format picks a renderer of package render; see its doc for the
	// withholding policy each follows.
	Format   string `default:"sql" enum:"${formats}" help:"Output format: sql (the psql script), json (the plan as data: pgstrata.plan version 1, see formats/render/plan.schema.json), review (Markdown for a reviewer) or html (one self-contained page for a reviewer, with a filter by hazard and kind). Default: ${default}."`
	Comments bool   `help:"With --format sql: a header naming both sides and a comment above each statement saying why it is there and what it risks."`
	// sep:"none": a comma is part of a schema name (as with pg_dump -n); a
	// pattern that matches nothing, such as "a,b", is an error.
	Schema                  []string      `name:"schema" sep:"none" placeholder:"PATTERN" help:"Compare only the schemas this pg_dump-style pattern matches (* and ?, \"quoted\" to keep case; repeatable). Matching no schema is an error."`
	ExcludeSchema           []string      `name:"exclude-schema" sep:"none" placeholder:"PATTERN" help:"Leave out the schemas this pattern matches (repeatable)."`
	WithPrivileges          bool          `help:"Also compare grants, default privileges and ownership."`
	CreateExtensionsOnly    bool          `help:"Plan only CREATE EXTENSION statements."`
	IgnoreExtensionVersions bool          `help:"Do not upgrade or downgrade extensions."`
	Output                  string        `short:"o" placeholder:"FILE" help:"Write the output to FILE (atomically; - for standard output). FILE may not be an input. When the script is withheld (exit 3), an earlier FILE is removed (json, review and html write the plan there instead)."`
	Online                  bool          `help:"Plan for a live server that must stay available: indexes built and dropped CONCURRENTLY, CHECK and foreign keys added NOT VALID then validated, the script in segments that commit on their own (run it with psql -v ON_ERROR_STOP=1 -f, without -1). See the README, \"Online migrations\"."`
	OnlineLockTimeout       time.Duration `name:"online-lock-timeout" default:"3s" help:"With --online: the script's lock_timeout, so that a statement waiting behind a long transaction fails instead of making every other session queue behind it (0: no timeout). Default: ${default}."`
	OnlineStatementTimeout  time.Duration `name:"online-statement-timeout" default:"0s" help:"With --online: the script's statement_timeout (0, the default: none, so that a long concurrent build is not cancelled halfway by a role's or database's timeout)."`
	LockTimeout             time.Duration `default:"5s" help:"For a live source: give up rather than wait longer than this for a catalog lock."`
	StatementTimeout        time.Duration `default:"5m" help:"For a live source: give up on any catalog query that runs longer than this."`
	// MaxMemory: see strata.ReadOptions.MaxMemory; it applies to each file.
	MaxMemory memorySize `name:"max-memory" default:"1GiB" placeholder:"SIZE" help:"Refuse a snapshot file whose catalog would take more memory than this to read (K, M, G, T: binary units)."`
	sqlFlags  `embed:""`
	connFlags `embed:""`
	Verbose   bool `short:"v" help:"For .sql inputs: say what was started and how long each phase took (on stderr)."`

	// sameServer is set by loadBoth when both sources are databases of one
	// server (see sameServer).
	sameServer bool
	// sides describe FROM and TO for the renderers; set by loadBoth.
	sides [2]render.Side
}

func (c *diffCmd) Run(rc *runContext) error {
	if err := checkOutput(c.Output, inputFiles(c.From, c.To)...); err != nil {
		return err
	}
	format, err := render.Lookup(c.Format)
	if err != nil {
		return err
	}
	if c.Comments && format.Name != "sql" {
		return errors.New("--comments applies to --format sql only")
	}
	if err := c.checkOnlineFlags(); err != nil {
		return err
	}
	bothFiles := isSnapshotFile(c.From) && isSnapshotFile(c.To)
	var bodies int64
	if bothFiles {
		bodies = snapshotBodies(c.From, c.To)
	}
	loaded := tuneGCForDiff(bothFiles, bodies)
	from, to, err := c.loadBoth(rc)
	if err != nil {
		return err
	}
	loaded()
	if diffengine.MajorsDiffer(from, to) {
		fmt.Fprintf(rc.stderr, "pgstrata: note: FROM is PostgreSQL %d and TO is PostgreSQL %d: differences that are only in how the two print definitions or in privileges only one has are ignored; the script is for FROM's server\n",
			from.ServerVersionNum/10000, to.ServerVersionNum/10000)
	}
	digests := c.startDigests([2]*snapshot.Catalog{from, to})
	plan, err := diffengine.Diff(from, to, diffengine.Options{
		Schemas:                 c.Schema,
		ExcludeSchemas:          c.ExcludeSchema,
		WithPrivileges:          c.WithPrivileges,
		IgnoreExtensionVersions: c.IgnoreExtensionVersions,
		CreateExtensionsOnly:    c.CreateExtensionsOnly,
		Online:                  c.Online,
		LockTimeout:             c.OnlineLockTimeout,
		StatementTimeout:        c.OnlineStatementTimeout,
	})
	if derr := digests(); err == nil {
		err = derr
	}
	if err != nil {
		return err
	}
	// Warnings (such as a dependency cycle the planner had to break) go to
	// stderr, one line each: the script may need a reviewer's eye.
	for _, w := range plan.Warnings {
		fmt.Fprintln(rc.stderr, "pgstrata: warning: "+oneLine(w))
	}
	input := render.Input{Plan: plan, From: from, To: to, FromSide: c.sides[0], ToSide: c.sides[1],
		ToolVersion: toolVersion(), Comments: c.Comments, Color: c.color(rc)}
	if unsafe := plan.Unsafe(); len(unsafe) > 0 && !c.Unsafe {
		// No script on stdout (and no file): half a migration is worse
		// than none, and a script on stdout would be piped into psql
		// unread. An earlier script at -o goes too: left there, it would
		// pass for this run's result (a cron job would apply it again).
		// json, review and html print the plan all the same, marked withheld:
		// a reviewer needs to see what was withheld and why.
		// Each withheld statement first, with why (the line after them
		// sums up, as before).
		for _, s := range unsafe {
			fmt.Fprintln(rc.stderr, "pgstrata: withheld: "+oneLine(string(s.Action)+" "+s.ID.String()+": "+withheldReason(s)))
		}
		msg := "unsafe statements withheld (use --unsafe): " + describe(unsafe)
		if format.PrintsWithheld {
			input.Withheld = true
			if err := c.write(rc, format, input); err != nil {
				return err
			}
			return &exitStatus{code: exitUnsafe, err: errors.New(msg)}
		}
		removed, err := removeEarlierOutput(c.Output)
		if err != nil {
			return err
		}
		if removed {
			msg += "; removed the earlier " + c.Output
		}
		return &exitStatus{code: exitUnsafe, err: errors.New(msg)}
	}
	if err := c.write(rc, format, input); err != nil {
		return err
	}
	if plan.Empty() {
		return nil
	}
	return &exitStatus{code: exitDifferences}
}

// withheldReason says why a statement is withheld: the messages of the
// hazards that withhold it.
func withheldReason(s diffengine.Statement) string {
	var reasons []string
	for _, h := range s.Hazards {
		if diffengine.Withholds(h.Kind) {
			reasons = append(reasons, h.Message)
		}
	}
	return strings.Join(reasons, "; ")
}

// describe names the objects of the withheld statements, once each, in plan
// order: "drop table public.t, drop column public.t.c". A big drift can
// withhold hundreds; past maxDescribed the line says how many more there are
// (the --unsafe script lists them all).
func describe(stmts []diffengine.Statement) string {
	var names []string
	seen := map[string]bool{}
	for _, s := range stmts {
		name := string(s.Action) + " " + s.ID.String()
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	if len(names) > maxDescribed {
		return fmt.Sprintf("%s and %d more", strings.Join(names[:maxDescribed], ", "), len(names)-maxDescribed)
	}
	return strings.Join(names, ", ")
}

// maxDescribed is how many withheld objects the error line names.
const maxDescribed = 10

// isFile reports whether source names an existing file (a snapshot, or
// SQL: see sqlinput.IsInput).
func isFile(source string) bool {
	_, err := os.Stat(source)
	return err == nil
}

// isSnapshotFile reports whether source is read as a snapshot file.
func isSnapshotFile(source string) bool {
	return isFile(source) && !sqlinput.IsInput(source)
}

// loadBoth opens FROM and TO (see openSides).
func (c *diffCmd) loadBoth(rc *runContext) (from, to *snapshot.Catalog, err error) {
	c.sameServer = sameServer(c.From, c.To)
	connOpts, err := c.connectOptions(rc.stderr)
	if err != nil {
		return nil, nil, err
	}
	cats, sides, err := openSides(rc.ctx, []string{c.From, c.To}, sideOptions{
		sqlFlags: c.sqlFlags, MaxMemory: int64(c.MaxMemory),
		LockTimeout: c.LockTimeout, StatementTimeout: c.StatementTimeout, NoParallelWorkers: c.sameServer,
		Verbose: c.Verbose, Stderr: rc.stderr, Connect: connOpts,
	})
	if err != nil {
		return nil, nil, err
	}
	c.sides = [2]render.Side{sides[0], sides[1]}
	return cats[0], cats[1], nil
}

// sameServer reports whether two sources are databases of one server (the
// same host and port once the connection strings and PG* variables are
// resolved), whose two reads would compete for its CPUs. A source that is
// a file, or does not parse, is not.
func sameServer(a, b string) bool {
	addr := func(s string) (string, bool) {
		if isFile(s) {
			return "", false
		}
		connString, _, err := liveSource(s)
		if err != nil {
			return "", false
		}
		config, err := pgx.ParseConfig(connString)
		if err != nil {
			return "", false
		}
		return fmt.Sprintf("%s:%d", config.Host, config.Port), true
	}
	x, ok1 := addr(a)
	y, ok2 := addr(b)
	return ok1 && ok2 && x == y
}

// isConnString tells a connection string from a mistyped file name: libpq
// URLs have one of two schemes, and every key=value DSN has an "=". Any
// other "scheme://" counts too, so that snapshot.Connect can say what is
// wrong with it ("POSTGRES://", "postgresq://").
func isConnString(s string) bool {
	scheme, _, isURL := strings.Cut(s, "://")
	return isURL && scheme != "" && !strings.ContainsAny(scheme, "/. ") || strings.Contains(s, "=")
}

// Defaults of the online timeouts, as the flags declare them.
const (
	defaultOnlineLockTimeout      = 3 * time.Second
	defaultOnlineStatementTimeout = 0
)

// maxTimeout is the largest lock_timeout or statement_timeout PostgreSQL
// takes: INT_MAX milliseconds.
const maxTimeout = (1<<31 - 1) * time.Millisecond

// checkOnlineFlags refuses timeouts that PostgreSQL would not take, and
// online timeouts given without --online (they would do nothing).
func (c *diffCmd) checkOnlineFlags() error {
	if !c.Online && (c.OnlineLockTimeout != defaultOnlineLockTimeout || c.OnlineStatementTimeout != defaultOnlineStatementTimeout) {
		return errors.New("--online-lock-timeout and --online-statement-timeout apply with --online only")
	}
	for _, f := range []struct {
		name  string
		value time.Duration
	}{{"--online-lock-timeout", c.OnlineLockTimeout}, {"--online-statement-timeout", c.OnlineStatementTimeout}} {
		if f.value < 0 || f.value > maxTimeout {
			return fmt.Errorf("%s=%s: want 0 (no timeout) up to %s", f.name, f.value, maxTimeout)
		}
	}
	return nil
}
