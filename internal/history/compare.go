package history

import (
	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/snapshot"
)

// Action is what happened to an object between two revisions.
type Action string

const (
	Added   Action = "added"
	Dropped Action = "dropped"
	Altered Action = "altered"
)

// ObjectChange is one object that differs between two revisions; From or
// To is nil when it did not exist on that side.
type ObjectChange struct {
	ID       snapshot.ObjectID
	Action   Action
	From, To snapshot.Object
}

// Compare lists the objects of a and b that differ, kind by kind in the
// order of the catalog's lists (schemas first), each kind in identity
// order.
// Catalogs of different majors are aligned first (diffengine.AlignMajors),
// so that an upgrade alone does not show every view as altered.
func Compare(a, b *snapshot.Catalog) []ObjectChange {
	if a == nil || b == nil {
		return nil
	}
	if diffengine.MajorsDiffer(a, b) {
		a, b = diffengine.AlignMajors(a, b)
	}
	var out []ObjectChange
	a.Compare(b, func(id snapshot.ObjectID, from, to snapshot.Object) {
		action := Altered
		switch {
		case to == nil:
			action = Dropped
		case from == nil:
			action = Added
		}
		out = append(out, ObjectChange{ID: id, Action: action, From: from, To: to})
	})
	return out
}

// KindCounts counts the changes of one kind.
type KindCounts struct {
	Added, Dropped, Altered int
}

// Summarize counts changes per kind.
func Summarize(changes []ObjectChange) map[snapshot.Kind]KindCounts {
	out := map[snapshot.Kind]KindCounts{}
	for _, c := range changes {
		n := out[c.ID.Kind]
		switch c.Action {
		case Added:
			n.Added++
		case Dropped:
			n.Dropped++
		case Altered:
			n.Altered++
		}
		out[c.ID.Kind] = n
	}
	return out
}
