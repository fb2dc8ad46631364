package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/formats/strata"
	"github.com/pgstrata/pgstrata/internal/history"
	"github.com/pgstrata/pgstrata/internal/pattern"
	"github.com/pgstrata/pgstrata/snapshot"
)

type logCmd struct {
	Paths          []string   `arg:"" optional:"" help:"Revisions, in order: snapshot files, folders of them (ordered by capture time), .sql files, and folders of .sql files (a migration folder: one revision, or one per file with --steps)."`
	Git            string     `name:"git" placeholder:"FILE" help:"Every committed revision of this snapshot or .sql file in its git repository, oldest first."`
	Steps          bool       `name:"steps" help:"A folder of .sql files is one revision per file: the first file, then each next file applied on top (the history of a migration folder)."`
	SQL            bool       `name:"sql" help:"Add each step's migration (the SQL that turns the previous revision into this one)."`
	WithPrivileges bool       `name:"with-privileges" help:"With --sql: include grants, owners and default privileges."`
	Object         string     `name:"object" placeholder:"NAME" help:"Follow one object ([kind ]schema.name, or a column schema.table.column): only the steps in which it changed, with what changed."`
	Format         string     `name:"format" enum:"text,json" default:"text" help:"text or json (pgstrata.log version 1)."`
	Output         string     `short:"o" name:"output" placeholder:"FILE" help:"Write to FILE (atomically) instead of standard output."`
	MaxMemory      memorySize `name:"max-memory" default:"1GiB" placeholder:"SIZE" help:"Refuse a file whose catalog would take more memory than this to read."`
	sqlFlags       `embed:""`
	Verbose        bool `short:"v" help:"For .sql inputs: say what was started and how long each phase took (on stderr)."`
}

func (c *logCmd) Run(rc *runContext) error {
	if (len(c.Paths) == 0) == (c.Git == "") {
		return errors.New("log needs snapshot files or folders, or --git FILE (not both)")
	}
	if c.Steps && c.Git != "" {
		return errors.New("--steps reads migration folders, not --git")
	}
	if err := checkOutput(c.Output, append(inputFiles(c.Paths...), c.Git)...); err != nil {
		return err
	}
	var sources []history.Source
	var err error
	if c.Git != "" {
		sources, err = history.FromGit(rc.ctx, c.Git)
	} else {
		sources, err = history.FromPaths(c.Paths, c.Steps)
	}
	if err != nil {
		return err
	}
	if !userTunedGC() {
		debug.SetGCPercent(logGCPercent)
	}
	var follow *objectPattern
	if c.Object != "" {
		if follow, err = parseObjectPattern(c.Object); err != nil {
			return err
		}
	}
	// SQL revisions share one throwaway server, started before the walk
	// and stopped after it.
	sql, err := startSQLHistory(rc.ctx, sources, sideOptions{sqlFlags: c.sqlFlags, Verbose: c.Verbose, Stderr: rc.stderr})
	if err != nil {
		return err
	}
	defer sql.close()
	opts := history.Options{Read: strata.ReadOptions{MaxMemory: int64(c.MaxMemory), SkipDigest: true}}
	if sql != nil {
		opts.LoadSQL = sql.load
	}
	output := c.Output
	if output == "" {
		output = stdoutName
	}
	// An error of a revision (a damaged file, a failing SQL) names its
	// own file: it is not prefixed with the output's, as writing errors are.
	var readErr error
	err = writeOutput(rc, output, func(w io.Writer) error {
		out := &logWriter{w: w, cmd: c, follow: follow}
		if err := history.Walk(rc.ctx, sources, opts, out.step); err != nil {
			if out.writeErr == nil {
				readErr = err
			}
			return err
		}
		return out.finish()
	})
	if readErr != nil {
		return readErr
	}
	return err
}

// logEntry is one step of the history as the json format writes it; its
// keys are a stable interface (format "pgstrata.log", version 1).
type logEntry struct {
	Label         string                 `json:"label"`
	Path          string                 `json:"path,omitempty"`
	Commit        string                 `json:"commit,omitempty"`
	CommittedAt   string                 `json:"committed_at,omitempty"`
	CapturedAt    string                 `json:"captured_at"`
	Source        string                 `json:"source"`
	ServerVersion string                 `json:"server_version"`
	Digest        string                 `json:"digest"`
	Objects       int                    `json:"objects"`
	First         bool                   `json:"first"`
	Summary       map[string]kindSummary `json:"summary"`
	Changes       []logChange            `json:"changes"`
	SQL           *string                `json:"sql,omitempty"`
	// loaded: the revision is SQL, whose capture time is only when this
	// run loaded it.
	loaded bool
}

type kindSummary struct {
	Added   int `json:"added"`
	Dropped int `json:"dropped"`
	Altered int `json:"altered"`
}

type logChange struct {
	Action     string         `json:"action"`
	Object     any            `json:"object"`
	Attributes []logAttribute `json:"attributes,omitempty"`
	id         snapshot.ObjectID
}

// logAttribute is one attribute of an altered object, as the plan's JSON
// writes a change.
type logAttribute struct {
	Attribute string `json:"attribute"`
	From      string `json:"from"`
	To        string `json:"to"`
}

// entryOf describes a step; changes are those to show (all of them, or
// the followed object's).
func (c *logCmd) entryOf(step history.Step, changes []history.ObjectChange) (logEntry, error) {
	rev := step.Current
	e := logEntry{Label: rev.Label, Path: rev.Path, Commit: rev.Commit, CapturedAt: timeText(rev.Header.CapturedAt),
		Source: rev.Header.Source, ServerVersion: rev.Header.ServerVersion, Digest: rev.Header.BodyDigest,
		Objects: countObjects(rev.Catalog), First: step.Previous == nil, Summary: map[string]kindSummary{}, Changes: []logChange{},
		loaded: rev.IsSQL()}
	if !rev.CommitTime.IsZero() {
		e.CommittedAt = timeText(rev.CommitTime)
	}
	for kind, n := range history.Summarize(changes) {
		e.Summary[string(kind)] = kindSummary{Added: n.Added, Dropped: n.Dropped, Altered: n.Altered}
	}
	for _, ch := range changes {
		lc := logChange{Action: string(ch.Action), Object: render.ObjectJSON(ch.ID), id: ch.ID}
		if ch.Action == history.Altered {
			for _, a := range diffengine.ObjectChanges(ch.From, ch.To) {
				lc.Attributes = append(lc.Attributes, logAttribute(a))
			}
		}
		e.Changes = append(e.Changes, lc)
	}
	if c.SQL && step.Previous != nil {
		sql, err := c.migration(step)
		if err != nil {
			return logEntry{}, err
		}
		e.SQL = &sql
	}
	return e, nil
}

// migration is the script that turns the previous revision into this one,
// unsafe statements included: it is history, not a plan to run.
func (c *logCmd) migration(step history.Step) (string, error) {
	plan, err := diffengine.Diff(step.Previous.Catalog, step.Current.Catalog, diffengine.Options{WithPrivileges: c.WithPrivileges})
	if err != nil {
		return "", err
	}
	if plan.Empty() {
		return "", nil
	}
	var b strings.Builder
	err = render.Render(&b, "sql", render.Input{Plan: plan, From: step.Previous.Catalog, To: step.Current.Catalog, ToolVersion: toolVersion()})
	return b.String(), err
}

func countObjects(c *snapshot.Catalog) int {
	n := 0
	c.EachID(func(snapshot.ObjectID) { n++ })
	return n
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// objectPattern is what --object follows: an optional kind and a dotted
// psql pattern (internal/pattern: quotes, * and ?) whose one, two or three
// parts must match an object's trailing name parts (schema, table, name).
type objectPattern struct {
	kind  snapshot.Kind
	parts []*regexp.Regexp
}

func parseObjectPattern(s string) (*objectPattern, error) {
	p := &objectPattern{}
	text := strings.TrimSpace(s)
	if kind, rest, ok := strings.Cut(text, " "); ok && !strings.HasPrefix(kind, `"`) {
		if _, known := snapshot.InfoOf(snapshot.Kind(kind)); !known && snapshot.Kind(kind) != snapshot.KindColumn {
			return nil, fmt.Errorf("--object %q: unknown kind %q", s, kind)
		}
		p.kind, text = snapshot.Kind(kind), strings.TrimSpace(rest)
	}
	parts := pattern.Split(text)
	if slices.Contains(parts, "") || len(parts) > 3 {
		return nil, fmt.Errorf("--object %q: want [kind ]name, schema.name or schema.table.column", s)
	}
	for _, part := range parts {
		re, err := pattern.Compile(part)
		if err != nil {
			return nil, fmt.Errorf("--object %q: %v", s, err)
		}
		p.parts = append(p.parts, re)
	}
	return p, nil
}

// matchesParts reports whether names (schema, table, name; empty ones
// left out) end with parts that the pattern's match.
func (p *objectPattern) matchesParts(names ...string) bool {
	var have []string
	for _, n := range names {
		if n != "" {
			have = append(have, n)
		}
	}
	if len(have) < len(p.parts) {
		return false
	}
	have = have[len(have)-len(p.parts):]
	for i, re := range p.parts {
		if !re.MatchString(have[i]) {
			return false
		}
	}
	return true
}

// matches reports whether id is an object the pattern names.
func (p *objectPattern) matches(id snapshot.ObjectID) bool {
	return (p.kind == "" || id.Kind == p.kind) && p.matchesParts(id.Schema, id.Table, id.Name)
}

// followed returns the changes of a step to the followed objects: those
// the pattern matches, and, for schema.table.column, the changes of the
// matching columns found in their tables.
func (p *objectPattern) followed(step history.Step) []history.ObjectChange {
	var out []history.ObjectChange
	for _, ch := range step.Changes {
		if p.matches(ch.ID) {
			out = append(out, ch)
		}
	}
	if len(out) > 0 || len(p.parts) != 3 || step.Previous == nil || p.kind != "" && p.kind != snapshot.KindColumn {
		return out
	}
	for _, id := range p.columns(step.Previous.Catalog, step.Current.Catalog) {
		before, had := step.Previous.Catalog.Find(id)
		after, has := step.Current.Catalog.Find(id)
		switch {
		case had && has && !equalObjects(before, after):
			out = append(out, history.ObjectChange{ID: id, Action: history.Altered, From: before, To: after})
		case had && !has:
			out = append(out, history.ObjectChange{ID: id, Action: history.Dropped, From: before})
		case !had && has:
			out = append(out, history.ObjectChange{ID: id, Action: history.Added, To: after})
		}
	}
	return out
}

// columns lists, once each in identity order, the columns of the
// catalogs' tables that the pattern matches.
func (p *objectPattern) columns(catalogs ...*snapshot.Catalog) []snapshot.ObjectID {
	seen := map[snapshot.ObjectID]bool{}
	for _, c := range catalogs {
		for _, t := range c.Tables {
			for _, col := range t.Columns {
				if p.matchesParts(t.Schema, t.Name, col.Name) {
					seen[snapshot.ColumnID(t.Schema, t.Name, col.Name)] = true
				}
			}
		}
	}
	ids := slices.Collect(maps.Keys(seen))
	slices.SortFunc(ids, snapshot.ObjectID.Compare)
	return ids
}

func equalObjects(a, b snapshot.Object) bool {
	return len(diffengine.ObjectChanges(a, b)) == 0
}
