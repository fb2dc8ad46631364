package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// typeRebuild describes how to re-create a type (or collation) that
// columns use, when no ALTER can change it in place (an enum losing
// labels, a domain changing its base type, a collation redefined).
type typeRebuild struct {
	id      snapshot.ObjectID
	keyword string      // "TYPE", "DOMAIN" or "COLLATION", for RENAME and DROP
	create  []Statement // creates the new type under the old name
	// through is the cast a column value goes through on its way to the
	// new type ("text" for an enum or a composite; "" casts directly).
	// Array columns use its array type.
	through string
	// fits is true when every value of the old type is a value of the new
	// one (an enum that only gains labels): converting a column rewrites
	// it but cannot fail.
	fits bool
	// aside renames, before the type itself, what comes with it and would
	// clash with what the new type brings (a range type's multirange type
	// and constructor functions).
	aside []Statement
	// alsoNames are the other types of the target whose columns move to
	// the new type's family (a range type's multirange type).
	alsoNames []snapshot.QualifiedName
}

// asideSuffix marks the name an old type is renamed to while its columns
// move to the new one.
const asideSuffix = "__pgstrata_old"

// rebuildTypeUnderColumns re-creates a type without dropping the columns
// that use it: the old type is renamed aside and the new one created under
// the name (the statements returned); finishTypeRebuilds later converts
// every column that keeps the type (or an array of it) with a cast,
// rebuilds the types built on it the same way, and drops the old type once
// nothing needs it. The cast checks every value against the new type, so a
// value that no longer fits makes the script fail rather than vanish.
// Views, checks and indexes that use the type are re-created around the
// conversion (rebuildDependentObjects).
func rebuildTypeUnderColumns(r typeRebuild) planned {
	rename := stmt(ActionAlter, "ALTER "+r.keyword+" "+qualified(r.id.Schema, r.id.Name)+" RENAME TO "+ident(asideName(r.id.Name)))
	out := planned{typeRebuilds: []typeRebuild{r}}
	out.add(r.aside...)
	out.add(rename)
	out.add(r.create...)
	return out
}

// asideName is the name an old type is renamed to. It must fit in
// NAMEDATALEN-1 bytes: PostgreSQL would cut a longer one back to (nearly)
// the type's own name, and the rename would collide with it.
func asideName(name string) string {
	return clipName(name, maxNameBytes-len(asideSuffix)) + asideSuffix
}

// lateDrop is the step that drops the old type renamed aside.
func lateDrop(id snapshot.ObjectID) stepKey {
	return creating(id).sub(partDropOld)
}

// finishTypeRebuilds completes the rebuilds planned while the kinds were
// compared, once every column's own changes are known: the domains,
// composite and range types built on a rebuilt type are rebuilt too (they would keep
// the old type alive), then each type's columns are converted and the old
// types dropped, those built on another before it.
func (p *planner) finishTypeRebuilds() {
	if len(p.typeRebuilds) == 0 {
		return
	}
	queue := sortedIDs(p.typeRebuilds)
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, d := range p.sourceEdgesTo(id) {
			if d.From.Kind != snapshot.KindDomain && d.From.Kind != snapshot.KindCompositeType && d.From.Kind != snapshot.KindRangeType {
				continue
			}
			if _, done := p.typeRebuilds[d.From]; !done {
				r, ok := p.chainedRebuild(d.From, p.typeRebuilds[id])
				if !ok {
					continue
				}
				// Whatever was planned for it is superseded by the new type.
				p.clear(d.From, phaseDrop)
				p.clear(d.From, phaseCreate)
				delete(p.replaced, d.From)
				if len(r.aside) > 0 {
					// What goes aside with it is named by signatures that
					// name id: it is renamed before id is.
					aside := creating(d.From).sub(partAside)
					p.addTo(aside, r.aside...)
					p.sequence = append(p.sequence, [2]stepKey{aside, creating(id)})
					r.aside = nil
				}
				p.merge(creating(d.From), rebuildTypeUnderColumns(r))
				queue = append(queue, d.From)
			}
			// The old type built on id goes first.
			p.sequence = append(p.sequence, [2]stepKey{lateDrop(d.From), lateDrop(id)})
		}
	}
	for _, id := range sortedIDs(p.typeRebuilds) {
		p.convertColumns(p.typeRebuilds[id])
	}
}

// chainedRebuild plans the rebuild of the domain, composite or range type id,
// built on a type that parent rebuilds. It is not possible when the type
// goes away (its drop takes care of it) or is the type of typed tables.
func (p *planner) chainedRebuild(id snapshot.ObjectID, parent typeRebuild) (typeRebuild, bool) {
	switch id.Kind {
	case snapshot.KindDomain:
		to, ok := findByID(p, p.to, id.Kind, p.to.Domains, id)
		if !ok {
			return typeRebuild{}, false
		}
		through := parent.through
		if parent.id.Kind == snapshot.KindCollation {
			through = ""
		}
		return typeRebuild{id: id, keyword: "DOMAIN", create: createDomain(p, to), through: through}, true
	case snapshot.KindCompositeType:
		to, ok := findByID(p, p.to, id.Kind, p.to.CompositeTypes, id)
		if !ok || p.hasTypedTables(id) {
			return typeRebuild{}, false
		}
		return typeRebuild{id: id, keyword: "TYPE", create: createComposite(p, to), through: "text"}, true
	case snapshot.KindRangeType:
		from, ok1 := findByID(p, p.from, id.Kind, p.from.RangeTypes, id)
		to, ok2 := findByID(p, p.to, id.Kind, p.to.RangeTypes, id)
		if !ok1 || !ok2 || from.Canonical != "" || to.Canonical != "" {
			return typeRebuild{}, false
		}
		return p.rangeRebuild(from, to), true
	}
	return typeRebuild{}, false
}

// convertColumns moves every column of the source that keeps the type of
// r to the new one, and plans the drop of the old type after them.
func (p *planner) convertColumns(r typeRebuild) {
	id := r.id
	late := lateDrop(id)
	p.addTo(late, Statement{SQL: "DROP " + r.keyword + " " + qualified(id.Schema, asideName(id.Name)) + ";", ID: id, Action: ActionDrop})
	p.sequence = append(p.sequence, [2]stepKey{creating(id), late})
	for _, d := range p.sourceEdgesTo(id) {
		if d.From.Kind != snapshot.KindColumn {
			continue
		}
		col, table, ok := p.targetColumn(d.From)
		if !ok {
			continue // the column goes
		}
		if col.Details.OrZero().InheritCount > 0 {
			// A partition's or child's column follows its parent's ALTER
			// (and cannot be altered itself); its views go around it.
			p.rebuildDependents[d.From] = true
			continue
		}
		conv := p.columnConversion(r, d.From, col, table)
		if conv == nil {
			continue // the column changes its type itself
		}
		p.sequence = append(p.sequence, [2]stepKey{creating(id), creating(d.From)}, [2]stepKey{creating(d.From), late})
		p.rebuildDependents[d.From] = true
		p.prependColumnStatements(d.From, conv)
	}
}

// columnConversion returns the statements that move column col (in the
// target) to the rebuilt type, or nil when the column does not keep it.
func (p *planner) columnConversion(r typeRebuild, colID snapshot.ObjectID, col snapshot.Column, table snapshot.Table) []Statement {
	id := r.id
	alter := "ALTER " + tableKeyword(table) + qualified(table.Schema, table.Name) + " ALTER COLUMN " + ident(col.Name)
	if id.Kind == snapshot.KindCollation {
		// Only the collation changes; the values stay. A unique index can
		// still fail under a new non-deterministic collation.
		collation := col.Details.OrZero().Collation
		if !namesObject(collation, id.Schema, id.Name) {
			return nil
		}
		return []Statement{stmt(ActionAlter, alter+" TYPE "+col.Type+" COLLATE "+collation, r.conversionHazards()...)}
	}
	// col.Type is the server's spelling of the name, which may quote
	// fewer keywords than ours (see sqltext.NamesObject).
	elem, isArray := strings.CutSuffix(col.Type, "[]")
	if !namesObject(elem, id.Schema, id.Name) && !slices.ContainsFunc(r.alsoNames, func(n snapshot.QualifiedName) bool {
		return namesObject(elem, n.Schema, n.Name)
	}) {
		return nil
	}
	using := ident(col.Name) + "::"
	if r.through != "" {
		using += r.through
		if isArray {
			using += "[]"
		}
		using += "::"
	}
	var conv []Statement
	// The old default is an expression of the old type: it goes first, and
	// the target's comes back after.
	generated := col.Details.OrZero().Generated != ""
	if old, ok := p.sourceColumn(colID); ok && old.Default != "" && !generated {
		conv = append(conv, stmt(ActionAlter, alter+" DROP DEFAULT"))
	}
	convert := stmt(ActionAlter, alter+" TYPE "+col.Type+" USING "+using+col.Type, r.conversionHazards()...)
	convert.Rewrites = true
	convert.addHazard(hazard(HazardTableRewrite, "moving the column to the re-created %s rewrites the table", r.id))
	conv = append(conv, convert)
	if col.Default != "" && !generated {
		conv = append(conv, stmt(ActionAlter, alter+" SET DEFAULT "+col.Default))
	}
	return conv
}

// conversionHazards are the hazards of moving a column to the new type: a
// value that does not fit makes the conversion fail.
func (r typeRebuild) conversionHazards() []Hazard {
	if r.fits {
		return nil
	}
	return []Hazard{hazard(HazardDataLoss, "a value the re-created %s does not accept makes the conversion fail", r.id)}
}

// prependColumnStatements puts a conversion first in the column's step.
// Default changes planned by the column itself are left out: the
// conversion drops the old default and sets the new one. A column whose
// step changes its type already needs no conversion.
func (p *planner) prependColumnStatements(colID snapshot.ObjectID, conv []Statement) {
	s, ok := p.index[stepKey{id: colID, phase: phaseCreate}]
	if !ok {
		p.add(colID, phaseCreate, conv...)
		return
	}
	prefix, _, _ := strings.Cut(conv[len(conv)-1].SQL, " ALTER COLUMN ")
	prefix += " ALTER COLUMN " + ident(colID.Name)
	if slices.ContainsFunc(s.stmts, func(st Statement) bool { return strings.HasPrefix(st.SQL, prefix+" TYPE ") }) {
		return
	}
	rest := slices.DeleteFunc(s.stmts, func(st Statement) bool {
		return st.SQL == prefix+" DROP DEFAULT;" || strings.HasPrefix(st.SQL, prefix+" SET DEFAULT ")
	})
	s.stmts = nil
	p.add(colID, phaseCreate, conv...)
	s.stmts = append(s.stmts, rest...)
}

// sourceColumn finds a column of the source catalog's tables by identity.
func (p *planner) sourceColumn(id snapshot.ObjectID) (snapshot.Column, bool) {
	return p.columnIn(p.from, id)
}
