package diffengine

import (
	"slices"

	"github.com/pgstrata/pgstrata/snapshot"
)

// planned is what a kind rule returns: the statements of the object's own
// step, and whatever else those need — statements in other steps (a
// column's step, a typed sub-step such as a range type's definition),
// ordering constraints between steps, and facts that the planner's later
// passes act on. A rule builds one and changes nothing else: the planner
// merges it (planner.merge), in one place, so that what a rule plans can be
// read from what it returns.
type planned struct {
	// stmts go in the step the rule is called for (the object's drop or
	// its creation/alteration).
	stmts []Statement
	// elsewhere are statements for other steps, in the order planned.
	elsewhere []keyedStatements
	// order lists ordering constraints: first, then.
	order [][2]stepKey
	// breaks lists objects altered in place in a way their dependents
	// cannot survive (a column's type change under a view): the planner
	// rebuilds those dependents (rebuildDependentObjects).
	breaks []snapshot.ObjectID
	// replaced lists objects dropped and created again within these
	// statements (a column re-added): whatever depends on them is rebuilt.
	replaced []snapshot.ObjectID
	// typeRebuilds are types re-created under their columns; the planner
	// converts the columns and drops the old types (finishTypeRebuilds).
	typeRebuilds []typeRebuild
	// enumAdditions are labels an enum gains with ADD VALUE; the planner
	// rebuilds the enum instead when the plan uses one of them
	// (rebuildEnumsUsingNewLabels).
	enumAdditions []enumAddition
	// warnings are problems the plan works around (Plan.Warnings).
	warnings []string
}

// keyedStatements are statements for the step key names.
type keyedStatements struct {
	key   stepKey
	stmts []Statement
}

// enumAddition is the labels the enum id gains with ADD VALUE.
type enumAddition struct {
	id     snapshot.ObjectID
	labels []string
}

// only wraps statements that need nothing else.
func only(stmts ...Statement) planned { return planned{stmts: stmts} }

// add appends statements to the rule's own step.
func (o *planned) add(stmts ...Statement) { o.stmts = append(o.stmts, stmts...) }

// addTo appends statements to another step (or a sub-step of the object).
func (o *planned) addTo(key stepKey, stmts ...Statement) {
	if len(stmts) > 0 {
		o.elsewhere = append(o.elsewhere, keyedStatements{key: key, stmts: stmts})
	}
}

// before orders step first before step then.
func (o *planned) before(first, then stepKey) {
	o.order = append(o.order, [2]stepKey{first, then})
}

// warn adds a warning to the plan.
func (o *planned) warn(w string) { o.warnings = append(o.warnings, w) }

// include takes in what another rule or helper planned: its statements
// join this one's own, the rest is kept alongside.
func (o *planned) include(x planned) {
	o.stmts = append(o.stmts, x.stmts...)
	o.alongside(x)
}

// alongside keeps everything x planned except its own statements, which
// the caller places.
func (o *planned) alongside(x planned) {
	o.elsewhere = append(o.elsewhere, x.elsewhere...)
	o.order = append(o.order, x.order...)
	o.breaks = append(o.breaks, x.breaks...)
	o.replaced = append(o.replaced, x.replaced...)
	o.typeRebuilds = append(o.typeRebuilds, x.typeRebuilds...)
	o.enumAdditions = append(o.enumAdditions, x.enumAdditions...)
	o.warnings = append(o.warnings, x.warnings...)
}

// plain adapts a create or drop rule that returns statements only.
func plain[T any](f func(*planner, T) []Statement) func(*planner, T) planned {
	return func(p *planner, o T) planned { return only(f(p, o)...) }
}

// plainAlter adapts an alter rule that returns statements only.
func plainAlter[T any](f func(*planner, T, T) ([]Statement, bool)) func(*planner, T, T) (planned, bool) {
	return func(p *planner, from, to T) (planned, bool) {
		stmts, replace := f(p, from, to)
		return only(stmts...), replace
	}
}

// merge records what a rule planned for the step key names: the planner's
// only way in for the rules' results.
func (p *planner) merge(key stepKey, o planned) {
	p.addTo(key, o.stmts...)
	for _, e := range o.elsewhere {
		p.addTo(e.key, e.stmts...)
	}
	p.sequence = append(p.sequence, o.order...)
	for _, id := range o.breaks {
		p.rebuildDependents[id] = true
	}
	for _, id := range o.replaced {
		p.replaced[id] = true
	}
	for _, r := range o.typeRebuilds {
		if p.typeRebuilds == nil {
			p.typeRebuilds = map[snapshot.ObjectID]typeRebuild{}
		}
		p.typeRebuilds[r.id] = r
		p.rebuildDependents[r.id] = true
	}
	for _, a := range o.enumAdditions {
		if p.enumAdditions == nil {
			p.enumAdditions = map[snapshot.ObjectID][]string{}
		}
		p.enumAdditions[a.id] = a.labels
	}
	for _, w := range o.warnings {
		// Once: a change superseded by a re-creation may say it again.
		if !slices.Contains(p.warnings, w) {
			p.warnings = append(p.warnings, w)
		}
	}
}
