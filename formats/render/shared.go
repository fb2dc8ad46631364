package render

import (
	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/snapshot"
)

// What other outputs of pgstrata (log) share with the renderers, so that
// an object and a change read the same everywhere.

// ObjectJSON is an object's identity as every JSON output writes it: kind,
// schema, table, name, args and display.
func ObjectJSON(id snapshot.ObjectID) any { return objectOf(id) }

// SideJSON is one side of a plan (or the source of a show) as every JSON
// output writes it: source, digest, server version, database, captured_at.
func SideJSON(s Side) any { return sideOf(s) }

// ChangeLines renders one change as plain text: "attribute: old → new" on
// one line when both values are short, else "attribute:" and a unified
// diff of the values (a JSON list one element per line), each line ending
// in a newline.
func ChangeLines(c diffengine.Change) []string {
	if inline(c) {
		return []string{oneLine(c.Attribute) + ": " + orNone(c.From) + " → " + orNone(c.To) + "\n"}
	}
	return append([]string{oneLine(c.Attribute) + ":\n"}, lineDiff(listLines(c.From), listLines(c.To))...)
}
