package sqlinput

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/pgstrata/pgstrata/internal/pgserver"
)

// Options say where the server comes from and whom to tell what.
type Options struct {
	// Find picks the binaries (major, --pg-bin, cache, offline).
	Find pgserver.FindOptions
	// Vars are psql variables for the scripts, NAME=VALUE.
	Vars []string
	// Notef is told what the user should know whether or not they asked:
	// a download, roles made. One line each, without a prefix.
	Notef func(format string, args ...any)
	// Verbosef is told what was started where (-v).
	Verbosef func(format string, args ...any)
	// Trace is told how long each phase took (-v).
	Trace func(step string, took time.Duration)
	// FileName says how messages name a file given to Load or Extend; nil:
	// as given. (log --git loads a revision from a temporary file, which
	// messages name after the commit instead.)
	FileName func(file string) string
}

// Loader is a throwaway server that SQL inputs are loaded into, one
// database each.
type Loader struct {
	Server  *pgserver.Server
	opts    Options
	used    map[string]bool            // database names given out
	before  map[string]map[string]bool // per database, the roles before its load
	renamed bool                       // the database postgres has gone to an input
}

// maxRoleRetries bounds how often a load starts again after making a role
// it failed on (see Load).
const maxRoleRetries = 50

// Start finds binaries, starts a server and makes, as NOLOGIN roles, those
// the inputs (each a list of files) name but do not create (see
// ScanRoles). Stop it when done.
func Start(ctx context.Context, inputs [][]string, opts Options) (*Loader, error) {
	t0 := time.Now()
	find := opts.Find
	find.Logf = opts.Notef
	bins, err := pgserver.Find(ctx, find)
	if err != nil {
		return nil, err
	}
	if err := bins.RequirePsql(); err != nil {
		return nil, err
	}
	trace(opts, "finding PostgreSQL", t0)
	cache := find.CacheDir
	if cache == "" {
		if cache, err = pgserver.CacheDir(); err != nil {
			return nil, err
		}
	}
	srv, err := pgserver.Start(ctx, bins, pgserver.Config{
		SocketOnly:    true,
		TemplateCache: cache,
		Trace:         opts.Trace,
		// Nothing here is kept: no vacuuming, no statistics, no logs.
		Conf: "autovacuum = off\nmax_connections = 20\ntrack_counts = off\n",
	})
	if err != nil {
		return nil, fmt.Errorf("starting PostgreSQL %d (%s): %w", bins.Major, bins.BinDir, err)
	}
	if opts.Verbosef != nil {
		where := "socket in " + srv.SocketDir
		if srv.Port != 0 {
			where = fmt.Sprintf("127.0.0.1:%d", srv.Port)
		}
		opts.Verbosef("started PostgreSQL %s (%s, %s) on %s; psql %s", srv.Version, bins.Source, bins.BinDir, where, bins.Psql)
	}
	l := &Loader{Server: srv, opts: opts, used: map[string]bool{}, before: map[string]map[string]bool{}}
	t0 = time.Now()
	if err := l.makeRoles(ctx, inputs); err != nil {
		l.Stop()
		return nil, err
	}
	trace(opts, "making roles", t0)
	return l, nil
}

func trace(opts Options, step string, since time.Time) {
	if opts.Trace != nil {
		opts.Trace(step, time.Since(since))
	}
}

// Stop stops the server and removes its files. It may be called more than
// once, and from another goroutine (an interrupt handler) while a load runs.
func (l *Loader) Stop() {
	t0 := time.Now()
	if !l.Server.Stopped() {
		l.Server.Stop()
		trace(l.opts, "stopping the server", t0)
	}
}

// makeRoles makes the roles every input names and none creates.
func (l *Loader) makeRoles(ctx context.Context, inputs [][]string) error {
	named, created := map[string]bool{}, map[string]bool{}
	for _, files := range inputs {
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			n, c := ScanRoles(string(text))
			for _, r := range n {
				named[r] = true
			}
			for _, r := range c {
				created[r] = true
			}
		}
	}
	existing, err := l.roles(ctx)
	if err != nil {
		return err
	}
	var missing []string
	for _, r := range sorted(named) {
		if !created[r] && !existing[r] {
			missing = append(missing, r)
		}
	}
	return l.makeRole(ctx, missing, "named by the SQL")
}

// makeRole makes roles as NOLOGIN and says so.
func (l *Loader) makeRole(ctx context.Context, roles []string, why string) error {
	if len(roles) == 0 {
		return nil
	}
	var sql strings.Builder
	quoted := make([]string, len(roles))
	for i, r := range roles {
		quoted[i] = quoteIdent(r)
		fmt.Fprintf(&sql, "CREATE ROLE %s NOLOGIN;\n", quoted[i])
	}
	if err := l.Server.Exec(ctx, adminDB, sql.String()); err != nil {
		return fmt.Errorf("making roles %s: %w", strings.Join(quoted, ", "), err)
	}
	if l.opts.Notef != nil {
		l.opts.Notef("made role%s %s (%s) in the throwaway server, as NOLOGIN", plural(roles), strings.Join(quoted, ", "), why)
	}
	return nil
}

func plural(s []string) string {
	if len(s) == 1 {
		return ""
	}
	return "s"
}

// roles lists the roles the server has.
func (l *Loader) roles(ctx context.Context) (map[string]bool, error) {
	conn, err := pgx.Connect(ctx, l.Server.URL(adminDB))
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	rows, err := conn.Query(ctx, "SELECT rolname FROM pg_roles")
	if err != nil {
		return nil, err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	set := map[string]bool{}
	for _, n := range names {
		set[n] = true
	}
	return set, err
}

// Load makes a database for one input (label names it: a file or folder)
// and loads files into it, and returns the database's name. Roles the
// files name and do not create are made first (as Start does for all
// inputs: this finds those of an input Start was not given, and those
// that an earlier input created and Discard dropped). When the SQL fails
// on a role that does not exist (one named only in dynamic SQL), the role
// is made and the load starts again in a fresh database. A failure of the
// SQL is a *LoadError.
func (l *Loader) Load(ctx context.Context, label string, files []string) (string, error) {
	db := l.dbName(label)
	t0 := time.Now()
	if err := l.makeRoles(ctx, [][]string{files}); err != nil {
		return "", err
	}
	for attempt := 0; ; attempt++ {
		before, err := l.roles(ctx)
		if err != nil {
			return "", err
		}
		l.before[db] = before
		if err := l.createDB(ctx, db); err != nil {
			return "", fmt.Errorf("creating a database for %s: %w", label, err)
		}
		retry, err := l.dropForRole(ctx, db, l.psql(ctx, db, files), attempt)
		if err != nil {
			return "", err
		}
		if !retry {
			break
		}
	}
	l.traceLoad(label, files, t0)
	return db, nil
}

// Extend applies more files to db, a database Load made from applied (or
// that Extend returned): the next migration of a folder whose history is
// read step by step. It returns the database the files are in: db, or,
// when the SQL failed on a role that did not exist, a fresh one into which
// every file was loaded again once the role was made (what ran of the
// failed file before the error stays, as psql does not run a file in one
// transaction, so it cannot simply run again). A failure of the SQL is a
// *LoadError.
func (l *Loader) Extend(ctx context.Context, db, label string, applied, next []string) (string, error) {
	t0 := time.Now()
	if err := l.makeRoles(ctx, [][]string{next}); err != nil {
		return "", err
	}
	retry, err := l.dropForRole(ctx, db, l.psql(ctx, db, next), 0)
	if err != nil {
		return "", err
	}
	if retry {
		return l.Load(ctx, label, append(slices.Clip(applied), next...))
	}
	l.traceLoad(label, next, t0)
	return db, nil
}

// traceLoad says how long loading files took, naming the input: its file
// when it has one (a folder's next step, too), else its label.
func (l *Loader) traceLoad(label string, files []string, since time.Time) {
	if len(files) == 1 {
		label = files[0]
		if l.opts.FileName != nil {
			label = l.opts.FileName(label)
		}
	}
	trace(l.opts, fmt.Sprintf("loading %s (%d KB)", filepath.Base(label), (fileSize(files)+1023)/1024), since)
}

// psql loads files into db, and names the file of an error as the caller
// wants.
func (l *Loader) psql(ctx context.Context, db string, files []string) error {
	err := runPsql(ctx, l.Server.Psql, l.Server.URL(db), files, l.opts.Vars)
	var le *LoadError
	if errors.As(err, &le) && l.opts.FileName != nil {
		le.File = l.opts.FileName(le.File)
	}
	return err
}

// dropForRole looks at the error of a load into db: when the SQL failed
// on a role that does not exist (and attempt is not past maxRoleRetries),
// it drops db (and the roles its SQL made), makes the role, and reports
// that the load should start again in a fresh database; any other error is
// returned as it is. (The role is made after the drop, which would take it
// for one of the SQL's.)
func (l *Loader) dropForRole(ctx context.Context, db string, err error, attempt int) (retry bool, _ error) {
	var le *LoadError
	if !errors.As(err, &le) || attempt >= maxRoleRetries {
		return false, err
	}
	role, ok := le.MissingRole()
	if !ok {
		return false, err
	}
	if err := l.Discard(ctx, db); err != nil {
		return false, err
	}
	if err := l.makeRole(ctx, []string{role}, fmt.Sprintf("%s:%d needs it", le.File, le.Line)); err != nil {
		return false, err
	}
	return true, nil
}

// Discard drops a database Load made and the roles its SQL created, so
// that the next input (which may create the same roles) starts from the
// same cluster. Roles that cannot be dropped are left.
func (l *Loader) Discard(ctx context.Context, db string) error {
	drop := "DROP DATABASE " + quoteIdent(db)
	if l.Server.Major >= 13 {
		drop += " WITH (FORCE)" // psql is gone, but be sure
	}
	if err := l.Server.Exec(ctx, adminDB, drop); err != nil {
		return fmt.Errorf("dropping database %s: %w", db, err)
	}
	after, err := l.roles(ctx)
	if err != nil {
		return err
	}
	for _, r := range sorted(after) {
		if !l.before[db][r] {
			l.Server.Exec(ctx, adminDB, "DROP ROLE "+quoteIdent(r))
		}
	}
	return nil
}

// adminDB is where the loader's own statements run: not the database
// "postgres", which the first input gets (see createDB), and not one that
// CREATE DATABASE copies.
const adminDB = "template1"

// createDB makes an empty database. The first is the cluster's database
// "postgres", renamed: free, where CREATE DATABASE copies a database through
// the WAL (a tenth of a second or more). The others are copies of template0,
// which initdb made as a copy of template1 like postgres, and to which
// nobody connects.
func (l *Loader) createDB(ctx context.Context, db string) error {
	if !l.renamed {
		l.renamed = true
		return l.Server.Exec(ctx, adminDB, "ALTER DATABASE postgres RENAME TO "+quoteIdent(db))
	}
	return l.Server.Exec(ctx, adminDB, "CREATE DATABASE "+quoteIdent(db)+" TEMPLATE template0")
}

var nonIdent = regexp.MustCompile(`[^a-z0-9_]+`)

// dbName names the database of an input after it ("v1" for v1.sql,
// "migrations" for a folder), which a snapshot's header records; a second
// input of the same name gets a suffix.
func (l *Loader) dbName(label string) string {
	base := strings.TrimSuffix(filepath.Base(filepath.Clean(label)), filepath.Ext(label))
	base = strings.Trim(nonIdent.ReplaceAllString(strings.ToLower(base), "_"), "_")
	if len(base) > 50 {
		base = base[:50]
	}
	if base == "" {
		base = "sql"
	}
	name := base
	for n := 2; l.used[name] || name == "postgres" || strings.HasPrefix(name, "template"); n++ {
		name = fmt.Sprintf("%s_%d", base, n)
	}
	l.used[name] = true
	return name
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
