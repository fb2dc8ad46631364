package main

import (
	"fmt"
	"io"
	"time"

	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/show"
	"github.com/pgstrata/pgstrata/formats/sqlscript"
)

type showCmd struct {
	Source   string   `arg:"" name:"source" help:"A snapshot file, a postgres:// URL, a key=value DSN, a database name, or a .sql file or folder of them (loaded into a throwaway server)."`
	Patterns []string `arg:"" optional:"" name:"pattern" help:"Show only the objects these pg_dump -t style patterns name (schema.name or name, * and ?), with what belongs to them (a table's columns, constraints, indexes, triggers, policies, rules, statistics, owned sequences, comments and grants)."`

	Schema        []string `name:"schema" sep:"none" placeholder:"PATTERN" help:"Show only the schemas this pg_dump-style pattern matches (repeatable). Matching no schema is an error."`
	ExcludeSchema []string `name:"exclude-schema" sep:"none" placeholder:"PATTERN" help:"Leave out the schemas this pattern matches (repeatable)."`
	Kind          []string `name:"kind" placeholder:"KIND" help:"Show only objects of these kinds, as the JSON outputs name them: table, view, function, index, … (repeatable, or comma-separated)."`
	Format        string   `default:"sql" enum:"sql,json" help:"Output format: sql (the DDL that rebuilds the schema in an empty database) or json (the objects with their attributes: pgstrata.show version 1, see formats/show/show.schema.json). Default: ${default}."`
	Output        string   `short:"o" placeholder:"FILE" help:"Write the output to FILE (atomically; - for standard output). FILE may not be the input."`

	LockTimeout      time.Duration `default:"5s" help:"For a live source: give up rather than wait longer than this for a catalog lock."`
	StatementTimeout time.Duration `default:"5m" help:"For a live source: give up on any catalog query that runs longer than this."`
	// MaxMemory: see strata.ReadOptions.MaxMemory.
	MaxMemory memorySize `name:"max-memory" default:"1GiB" placeholder:"SIZE" help:"Refuse a snapshot file whose catalog would take more memory than this to read (K, M, G, T: binary units)."`
	sqlFlags  `embed:""`
	connFlags `embed:""`
	Verbose   bool `short:"v" help:"For .sql inputs: say what was started and how long each phase took (on stderr)."`
}

// Run prints the catalog. It exits 0 whatever the catalog holds, as git
// wants of a textconv driver (see README, "Snapshots in git").
func (c *showCmd) Run(rc *runContext) error {
	if err := checkOutput(c.Output, inputFiles(c.Source)...); err != nil {
		return err
	}
	// The source is opened as diff opens a side (a file, a database, or
	// SQL loaded into a throwaway server).
	connOpts, err := c.connectOptions(rc.stderr)
	if err != nil {
		return err
	}
	cat, side, err := openSide(rc.ctx, c.Source, sideOptions{sqlFlags: c.sqlFlags, MaxMemory: int64(c.MaxMemory),
		LockTimeout: c.LockTimeout, StatementTimeout: c.StatementTimeout, Verbose: c.Verbose, Stderr: rc.stderr, Connect: connOpts})
	if err != nil {
		return err
	}
	if c.Format == "json" && side.Digest == "" {
		// The json names the source with its digest, as the plan's does;
		// a file's header has it, a live read computes it.
		digest, err := render.SideOf(cat)
		if err != nil {
			return err
		}
		side.Digest = digest.Digest
	}
	opts := show.Options{Patterns: c.Patterns, Schemas: c.Schema, ExcludeSchemas: c.ExcludeSchema, Kinds: c.Kind}
	output := c.Output
	if output == "" {
		output = stdoutName
	}
	if c.Format == "json" {
		return writeOutput(rc, output, func(w io.Writer) error { return show.WriteJSON(w, cat, opts, side, version) })
	}
	plan, err := show.Plan(cat, opts)
	if err != nil {
		return err
	}
	for _, w := range plan.Warnings {
		fmt.Fprintln(rc.stderr, "pgstrata: warning: "+oneLine(w))
	}
	return writeOutput(rc, output, func(w io.Writer) error {
		_, err := io.WriteString(w, sqlscript.Render(plan))
		return err
	})
}

func (showCmd) Help() string {
	return `SOURCE is a snapshot file, a database (URL or key=value DSN), or a .sql file or
folder of them. Exit status: 0 (whatever the schema holds), 1 error.

Examples:

    pgstrata show prod.strata | psql -1 -v ON_ERROR_STOP=1 -d empty_db
    pgstrata show prod.strata public.orders          # the table and what belongs to it
    pgstrata show --kind function --schema app prod.strata
    pgstrata show --format json prod.strata 'public.ord*' | jq '.objects[].object.display'
    git config diff.pgstrata.textconv "pgstrata show"  # with *.strata diff=pgstrata in .gitattributes`
}
