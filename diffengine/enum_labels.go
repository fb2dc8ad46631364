package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// A label added with ALTER TYPE … ADD VALUE cannot be used before the
// transaction that added it commits ("unsafe use of new value"), and a plan
// applies in one transaction. So when anything the plan creates or changes
// uses a new label, the enum is rebuilt instead (rebuildEnum: a new type
// under the name, the columns converted), which has no such limit; when
// nothing does, plain ADD VALUE is kept, as it rewrites nothing.
//
// "Uses" is a conservative textual test on the plan's statements: one that
// names the type (its bare name, anywhere) and holds the label as a string
// literal ('label') or as an element of an array literal ({…,label,…}).
// The catalog deparses every constant of an enum type as 'label'::type, so
// defaults, checks, index predicates, views and parameter defaults are all
// seen; a false match only costs a rebuild.

// newLabels returns the labels of now that old lacks, for
// rebuildEnumsUsingNewLabels.
func newLabels(old, now []string) []string {
	var added []string
	for _, l := range now {
		if !slices.Contains(old, l) {
			added = append(added, l)
		}
	}
	return added
}

// rebuildEnumsUsingNewLabels replaces the ADD VALUE statements of an enum
// by a rebuild when a statement of the plan uses one of the new labels. It
// runs once every kind has been compared, before the rebuilds are finished
// (finishTypeRebuilds).
func (p *planner) rebuildEnumsUsingNewLabels() {
	for _, id := range sortedIDs(p.enumAdditions) {
		if !p.planUsesLabels(id, p.enumAdditions[id]) {
			continue
		}
		from, ok1 := findByID(p, p.from, snapshot.KindEnum, p.from.Enums, id)
		to, ok2 := findByID(p, p.to, snapshot.KindEnum, p.to.Enums, id)
		if !ok1 || !ok2 {
			continue
		}
		p.clear(id, phaseCreate)
		p.merge(creating(id), p.rebuildEnum(from, to))
	}
}

// planUsesLabels reports whether a statement of the plan, other than the
// enum's own, names the enum id (or a domain over it) and holds one of
// labels as a literal.
func (p *planner) planUsesLabels(id snapshot.ObjectID, labels []string) bool {
	names := p.namesOfEnumTypes(id)
	for _, s := range p.steps {
		if s.id == id && s.part == partMain {
			continue
		}
		for _, st := range s.stmts {
			if !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(st.SQL, n) }) {
				continue
			}
			if slices.ContainsFunc(labels, func(l string) bool { return holdsLabel(st.SQL, l) }) {
				return true
			}
		}
	}
	return false
}

// holdsLabel reports whether sql holds label as a string literal of its
// own, or as an element of an array literal.
func holdsLabel(sql, label string) bool {
	quoted := strings.ReplaceAll(label, "'", "''")
	if strings.Contains(sql, "'"+quoted+"'") {
		return true
	}
	for rest := sql; ; {
		i := strings.Index(rest, quoted)
		if i < 0 {
			return false
		}
		before, after := byte(0), byte(0)
		if i > 0 {
			before = rest[i-1]
		}
		if j := i + len(quoted); j < len(rest) {
			after = rest[j]
		}
		if strings.IndexByte("{,\"", before) >= 0 && before != 0 && strings.IndexByte("},\"", after) >= 0 && after != 0 {
			return true
		}
		rest = rest[i+1:]
	}
}

// namesOfEnumTypes returns the quoted bare names of the enum id and of the
// target's domains built on it (directly or over another such domain),
// whose constants hold its labels too ('label'::domain).
func (p *planner) namesOfEnumTypes(id snapshot.ObjectID) []string {
	names := []string{ident(id.Name)}
	over := []snapshot.ObjectID{id}
	for grew := true; grew; {
		grew = false
		for _, d := range p.to.Domains {
			base, _ := strings.CutSuffix(d.BaseType, "[]")
			if slices.Contains(over, d.ID()) || !slices.ContainsFunc(over, func(o snapshot.ObjectID) bool { return namesObject(base, o.Schema, o.Name) }) {
				continue
			}
			over = append(over, d.ID())
			names = append(names, ident(d.Name))
			grew = true
		}
	}
	return names
}
