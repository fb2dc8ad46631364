package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

// kinds lists every kind the planner diffs, each with its rules (in its own
// file). Order here does not decide statement order: the graph does.
var kinds = []kindDiffer{
	schemaRules,
	extensionRules,
	enumRules,
	collationRules,
	domainRules,
	compositeRules,
	rangeRules,
	sequenceRules,
	functionRules,
	aggregateRules,
	operatorRules,
	castRules,
	languageRules,
	foreignDataWrapperRules,
	foreignServerRules,
	defaultPrivilegeRules,
	tableRules,
	constraintRules,
	indexRules,
	viewRules,
	triggerRules,
	eventTriggerRules,
	policyRules,
	ruleRules,
	statisticsRules,
	textSearchDictRules,
	textSearchConfigRules,
	publicationRules,
}

// dropHazards says how risky dropping an object is: dropping something the
// target does not have at all is a deliberate loss and unsafe; dropping it
// only to create it again is unsafe only when it holds data.
func (p *planner) dropHazards(id snapshot.ObjectID, holdsData bool) []Hazard {
	switch {
	case !p.existsInTarget(id):
		return []Hazard{hazard(HazardDataLoss, "%s goes: the target does not have it", id.Kind)}
	case holdsData:
		return []Hazard{hazard(HazardDataLoss, "%s holds data and is dropped to be created again", id.Kind)}
	}
	return nil
}

// existsInTarget reports whether the target catalog has an object with
// this identity.
func (p *planner) existsInTarget(id snapshot.ObjectID) bool { return p.existsIn(p.to, id) }

// relationDropped reports whether the table or view schema.name goes away
// (or is dropped to be created again), taking its columns, constraints,
// indexes and triggers with it. It looks at the catalogs, not at the steps
// planned so far, so the order in which kinds are diffed does not matter.
func (p *planner) relationDropped(schema, name string) bool {
	for _, k := range []snapshot.Kind{snapshot.KindTable, snapshot.KindForeignTable, snapshot.KindView, snapshot.KindMaterializedView} {
		id := snapshot.ObjectID{Kind: k, Schema: schema, Name: name}
		if p.has(id, phaseDrop) || (p.existsInSource(id) && !p.existsInTarget(id)) {
			return true
		}
	}
	return false
}

// existsInSource reports whether the source catalog has an object with
// this identity.
func (p *planner) existsInSource(id snapshot.ObjectID) bool { return p.existsIn(p.from, id) }
