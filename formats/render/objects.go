package render

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/snapshot"
)

// objectGroup is one object of a plan and the indexes (0-based, in plan
// order) of the statements that act on it. review and html both show a
// plan per object, from the same groups.
type objectGroup struct {
	ID      snapshot.ObjectID
	Indexes []int
}

// groupByObject groups statements by object, objects in the order of
// their first statement.
func groupByObject(stmts []diffengine.Statement) []objectGroup {
	var groups []objectGroup
	at := map[snapshot.ObjectID]int{}
	for i, s := range stmts {
		k, seen := at[s.ID]
		if !seen {
			k = len(groups)
			at[s.ID] = k
			groups = append(groups, objectGroup{ID: s.ID})
		}
		groups[k].Indexes = append(groups[k].Indexes, i)
	}
	return groups
}

// objectReasons is why an object is in the plan, as review and html show
// it: the objects whose change made the plan re-create it, the short
// changes (old → new on one line) and the long ones (definitions, shown
// as a text diff). Each is listed once.
type objectReasons struct {
	Causes []snapshot.ObjectID
	Inline []diffengine.Change
	Diffs  []diffengine.Change
}

// reasonsOf collects the causes and changes the object's statements carry,
// then the definitions that differ between the two catalogs that no
// change already showed (an object dropped and created again carries no
// changes).
func reasonsOf(in Input, stmts []diffengine.Statement, g objectGroup) objectReasons {
	var out objectReasons
	seen := map[string]bool{}
	var changes []diffengine.Change
	for _, i := range g.Indexes {
		s := stmts[i]
		if s.Cause != nil {
			if key := "cause\x00" + s.Cause.String(); !seen[key] {
				seen[key] = true
				out.Causes = append(out.Causes, *s.Cause)
			}
		}
		changes = append(changes, s.Changes...)
	}
	shown := map[string]bool{}
	for _, c := range changes {
		shown[c.Attribute] = true
	}
	names, pairs := changedDefinitions(in.From, in.To, g.ID)
	for k, name := range names {
		if !shown[name] {
			changes = append(changes, diffengine.Change{Attribute: name, From: pairs[k][0], To: pairs[k][1]})
		}
	}
	for _, c := range changes {
		key := "change\x00" + c.Attribute + "\x00" + c.From + "\x00" + c.To
		if seen[key] {
			continue
		}
		seen[key] = true
		if inline(c) {
			out.Inline = append(out.Inline, c)
		} else {
			out.Diffs = append(out.Diffs, c)
		}
	}
	return out
}

// definitionDiff is the unified line diff of a long change (lineDiff's
// lines), with list values one element per line.
func definitionDiff(c diffengine.Change) []string {
	return lineDiff(listLines(c.From), listLines(c.To))
}

// count is one entry of a summary map.
type count struct {
	Name string
	N    int
}

// sortedCounts orders a summary map most first, then by name: the order
// review and html print the summary in.
func sortedCounts(counts map[string]int) []count {
	out := make([]count, 0, len(counts))
	for name, n := range counts {
		out = append(out, count{name, n})
	}
	slices.SortFunc(out, func(a, b count) int {
		if a.N != b.N {
			return b.N - a.N
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}
