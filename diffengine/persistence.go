package diffengine

import (
	"slices"

	"github.com/pgstrata/pgstrata/snapshot"
)

// A logged table cannot reference an unlogged one, so SET LOGGED and SET
// UNLOGGED run in foreign-key order: SET UNLOGGED on a referencing table
// before the table it references, SET LOGGED on a referenced table before
// the tables that reference it. Each table's switch is a step of its own,
// ordered by the foreign keys of both catalogs (a foreign key kept, dropped
// before or added after); a foreign key added or dropped around the switch
// comes after it or before it.

// persistenceStep is the step that holds a table's SET LOGGED or SET
// UNLOGGED; it comes before the table's other changes.
func persistenceStep(t snapshot.Table) stepKey {
	return creating(t.ID()).sub(partLogged)
}

// planPersistence plans the switch of table t to its target persistence.
func planPersistence(t snapshot.Table) planned {
	sql := "ALTER " + tableKeyword(t) + qualified(t.Schema, t.Name) + map[bool]string{true: " SET UNLOGGED", false: " SET LOGGED"}[t.Unlogged]
	var out planned
	out.addTo(persistenceStep(t), stmt(ActionAlter, sql))
	out.before(persistenceStep(t), creating(t.ID()))
	return out
}

// orderPersistence runs once the kinds are compared, when a table switches:
// every foreign key between two tables that switch the same way orders
// them, and one between a switching table and another comes after
// (created) or before (dropped) the switch.
func (p *planner) orderPersistence() {
	if !slices.ContainsFunc(p.steps, func(s *step) bool { return s.part == partLogged }) {
		return
	}
	for _, c := range []*snapshot.Catalog{p.from, p.to} {
		for _, con := range c.Constraints {
			if con.Type != "f" || con.References == nil {
				continue
			}
			referencing, ok1 := p.switching(con.Schema, con.Table)
			referenced, ok2 := p.switching(con.References.Schema, con.References.Name)
			if ok1 && ok2 && referencing.ID() != referenced.ID() && referencing.Unlogged == referenced.Unlogged {
				first, then := persistenceStep(referenced), persistenceStep(referencing)
				if referencing.Unlogged {
					first, then = then, first
				}
				p.sequence = append(p.sequence, [2]stepKey{first, then})
			}
			for _, t := range []snapshot.Table{referencing, referenced} {
				if t.Name == "" {
					continue
				}
				if c == p.to {
					p.sequence = append(p.sequence, [2]stepKey{persistenceStep(t), creating(con.ID())})
				} else {
					p.sequence = append(p.sequence, [2]stepKey{dropping(con.ID()), persistenceStep(t)})
				}
			}
		}
	}
}

// switching returns the target table schema.name if it exists on both
// sides with another persistence.
func (p *planner) switching(schema, name string) (snapshot.Table, bool) {
	id := snapshot.ObjectID{Kind: snapshot.KindTable, Schema: schema, Name: name}
	before, ok1 := findByID(p, p.from, snapshot.KindTable, p.from.Tables, id)
	after, ok2 := findByID(p, p.to, snapshot.KindTable, p.to.Tables, id)
	if !ok1 || !ok2 || before.Unlogged == after.Unlogged || before.RelKind != after.RelKind {
		return snapshot.Table{}, false
	}
	return after, true
}
