package main

// Each command's --help ends with real examples (kong shows a command's
// Help() under its usage line), and the exit statuses where they matter.

// helpCmd is `pgstrata help [COMMAND…]`, the same as COMMAND --help.
type helpCmd struct {
	Command []string `arg:"" optional:"" help:"The command to describe (all of them when left out)."`
}

func (c helpCmd) Run(rc *runContext) error {
	if code := run(append(c.Command, "--help"), rc.stdout, rc.stderr); code != exitOK {
		return &exitStatus{code: code}
	}
	return nil
}

const exitStatusHelp = `
Exit status: 0 no differences, 2 differences (the script is printed), 3 unsafe
statements withheld (rerun with --unsafe to print them), 1 error.`

func (snapshotCmd) Help() string {
	return `Examples:

    pgstrata snapshot postgres://app@db.internal/app -o prod.strata
    pgstrata snapshot app -o app.strata             # a database name, as for psql app
    pgstrata snapshot "host=/var/run/postgresql dbname=app" -o - > prod.strata
    pgstrata snapshot schema.sql -o schema.strata   # through a throwaway server`
}

func (diffCmd) Help() string {
	return `FROM and TO are each a database (URL, key=value DSN or database name), a
snapshot file, or a .sql file or folder of them.

Examples:

    pgstrata diff prod.strata postgres://localhost/dev > migration.sql
    pgstrata diff --format review prod.strata dev.strata
    pgstrata diff --unsafe --with-privileges v1.sql v2.sql | psql -1 -v ON_ERROR_STOP=1 -d app
` + exitStatusHelp
}

func (inspectCmd) Help() string {
	return `Examples:

    pgstrata inspect prod.strata
    pgstrata inspect --verify prod.strata           # decode it all, recompute the digest
    pgstrata inspect --json prod.strata | jq .counts`
}

func (logCmd) Help() string {
	return `PATH is a snapshot file, a folder of them (by capture time), a .sql file (one
revision), or a folder of .sql files: a migration folder, one revision with all
its files applied, or with --steps one revision per file. All the SQL of a run
loads into one throwaway server (see "pgstrata diff --help" for where it comes
from). Exit status: 0, or 1 on an error.

Examples:

    pgstrata log snapshots/
    pgstrata log --object public.orders --sql snapshots/
    pgstrata log --git prod.strata --format json
    pgstrata log v1.sql v2.sql v3.sql
    pgstrata log --steps --sql db/migrations/
    pgstrata log --git db/schema.sql`
}
