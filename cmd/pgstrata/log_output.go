package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/formats/render"
	"github.com/pgstrata/pgstrata/internal/history"
	"github.com/pgstrata/pgstrata/snapshot"
)

// logWriter prints the steps of a history as Walk hands them over, so
// that a long history is never held whole.
type logWriter struct {
	w      io.Writer
	cmd    *logCmd
	follow *objectPattern
	// entries counts the steps written (json needs commas between them).
	entries int
	// writeErr is the error of a write, if one failed.
	writeErr error
}

// maxListed is how many changed objects the text format names per action
// and step; json lists them all.
const maxListed = 20

func (l *logWriter) step(step history.Step) error {
	changes := step.Changes
	if l.follow != nil {
		changes = l.follow.followed(step)
		if len(changes) == 0 && !(step.Previous == nil && l.followedExists(step)) {
			return nil
		}
	}
	e, err := l.cmd.entryOf(step, changes)
	if err != nil {
		return err
	}
	if l.cmd.Format == "json" {
		err = l.json(e)
	} else {
		err = l.text(e)
	}
	l.entries++
	l.writeErr = err
	return err
}

// followedExists reports whether the followed object is in the step's
// revision (the first one is shown when it is: where the history starts).
func (l *logWriter) followedExists(step history.Step) bool {
	found := false
	step.Current.Catalog.EachID(func(id snapshot.ObjectID) { found = found || l.follow.matches(id) })
	return found
}

func (l *logWriter) json(e logEntry) error {
	prefix := ",\n    "
	if l.entries == 0 {
		prefix = `{"format": "pgstrata.log", "version": 1, "steps": [` + "\n    "
	}
	js, err := json.Marshal(e)
	if err != nil {
		return err
	}
	_, err = io.WriteString(l.w, prefix+string(escapeJSON(js)))
	return err
}

func (l *logWriter) text(e logEntry) error {
	var b strings.Builder
	when := e.CapturedAt
	if when == "" || e.loaded && e.CommittedAt != "" { // a commit's SQL: when it was committed
		when = e.CommittedAt
	}
	fmt.Fprintf(&b, "== %s  %s  %s", orUnknown(when), printable(e.Label), shortDigest(e.Digest))
	if e.Source != "" && e.Source != e.Label { // a .sql file is its own source
		fmt.Fprintf(&b, "  (%s)", printable(e.Source))
	}
	b.WriteString("\n")
	switch {
	case e.First:
		fmt.Fprintf(&b, "   first revision: %d objects, PostgreSQL %s\n", e.Objects, printable(e.ServerVersion))
	case len(e.Changes) == 0:
		b.WriteString("   no change\n")
	default:
		b.WriteString("   " + summaryText(e.Summary) + "\n")
	}
	for _, action := range []history.Action{history.Added, history.Dropped, history.Altered} {
		l.listChanges(&b, e, action)
	}
	if e.SQL != nil && *e.SQL != "" {
		b.WriteString("\n")
		for _, line := range strings.SplitAfter(strings.TrimSuffix(*e.SQL, "\n"), "\n") {
			b.WriteString("    " + printable(strings.TrimSuffix(line, "\n")) + "\n")
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(l.w, b.String())
	return err
}

// listChanges names the step's objects with one action; with --object,
// also what changed in them.
func (l *logWriter) listChanges(b *strings.Builder, e logEntry, action history.Action) {
	mark := map[history.Action]string{history.Added: "+", history.Dropped: "-", history.Altered: "~"}[action]
	listed := 0
	for _, ch := range e.Changes {
		if ch.Action != string(action) {
			continue
		}
		listed++
		if l.follow == nil && listed > maxListed {
			continue
		}
		fmt.Fprintf(b, "   %s %s\n", mark, printable(ch.id.String()))
		if l.follow == nil {
			continue
		}
		for _, c := range ch.Attributes {
			for _, line := range render.ChangeLines(diffengine.Change(c)) {
				b.WriteString("       " + printable(strings.TrimSuffix(line, "\n")) + "\n")
			}
		}
	}
	if l.follow == nil && listed > maxListed {
		fmt.Fprintf(b, "   %s … and %d more\n", mark, listed-maxListed)
	}
}

// finish ends the output: the json document's closing, or a line when
// --object found nothing.
func (l *logWriter) finish() error {
	if l.cmd.Format == "json" {
		closing := "\n]}\n"
		if l.entries == 0 {
			closing = `{"format": "pgstrata.log", "version": 1, "steps": []}` + "\n"
		}
		_, err := io.WriteString(l.w, closing)
		return err
	}
	if l.entries == 0 && l.follow != nil {
		_, err := fmt.Fprintf(l.w, "no revision has %s\n", printable(l.cmd.Object))
		return err
	}
	return nil
}

// summaryText counts a step's changes per kind: "table +1 ~2, view -1".
func summaryText(s map[string]kindSummary) string {
	var parts []string
	for _, kind := range slices.Sorted(maps.Keys(s)) {
		n := s[kind]
		var counts []string
		for _, c := range []struct {
			mark string
			n    int
		}{{"+", n.Added}, {"-", n.Dropped}, {"~", n.Altered}} {
			if c.n > 0 {
				counts = append(counts, fmt.Sprintf("%s%d", c.mark, c.n))
			}
		}
		parts = append(parts, kind+" "+strings.Join(counts, " "))
	}
	return strings.Join(parts, ", ")
}

func shortDigest(d string) string {
	if len(d) > len("sha256:")+12 {
		return d[:len("sha256:")+12]
	}
	return d
}

func orUnknown(s string) string {
	if s == "" {
		return "(time unknown)"
	}
	return s
}
