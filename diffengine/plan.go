package diffengine

import (
	"reflect"
	"slices"
	"time"

	"github.com/pgstrata/pgstrata/internal/mergejoin"
	"github.com/pgstrata/pgstrata/snapshot"
)

// Options are the user's choices that shape a plan (migra's flags).
type Options struct {
	// Schemas, when not empty, limits the comparison to the schemas these
	// patterns match (pg_dump -n patterns: see schemaPattern). Each must
	// match a schema of one side or the other.
	Schemas []string
	// ExcludeSchemas leaves the schemas these patterns match out.
	ExcludeSchemas []string
	// WithPrivileges includes grants, revokes, default privileges and
	// ownership, which usually differ between environments on purpose.
	WithPrivileges bool
	// IgnoreExtensionVersions does not upgrade or downgrade extensions.
	IgnoreExtensionVersions bool
	// CreateExtensionsOnly plans nothing but CREATE EXTENSION statements.
	CreateExtensionsOnly bool
	// Online plans for a live server that must stay available: indexes
	// built and dropped CONCURRENTLY, constraints added NOT VALID and
	// validated apart, the script split into Segments (see online.go).
	Online bool
	// LockTimeout and StatementTimeout are the lock_timeout and
	// statement_timeout an online script sets at its top and at each
	// segment (0 disables the timeout). Ignored without Online.
	LockTimeout, StatementTimeout time.Duration
}

// phase orders a step: the drop of an object happens before its creation.
type phase int

const (
	phaseDrop phase = iota
	phaseCreate
)

// step is a group of statements about one object in one phase (or in a
// sub-step of it); steps are the nodes of the ordering graph.
type step struct {
	stepKey
	stmts []Statement
}

// planner holds the state of one Diff.
type planner struct {
	from, to *snapshot.Catalog
	opts     Options
	steps    []*step
	index    map[stepKey]*step
	// replaced lists objects dropped and created again because they could
	// not be altered in place; whatever depends on them is rebuilt too.
	replaced map[snapshot.ObjectID]bool
	// rebuildDependents lists objects altered in place in a way their
	// dependents cannot survive (a column's type change under a view).
	rebuildDependents map[snapshot.ObjectID]bool
	// sorted caches whether each catalog's list of a kind is in identity
	// order (see lookup.go).
	sorted map[sortedKey]bool
	// fromRelations and toRelations index each catalog's tables and views.
	fromRelations, toRelations relationIndex
	// targetTables locates the target catalog's tables (findTargetColumn).
	targetTables map[snapshot.QualifiedName]int
	// warnings are problems the plan works around (see Plan.Warnings).
	warnings []string
	// sequence holds extra ordering constraints between steps: first, then.
	sequence [][2]stepKey
	// typeRebuilds lists the types (and collations) re-created under
	// their columns (see rebuildTypeUnderColumns).
	typeRebuilds map[snapshot.ObjectID]typeRebuild
	// enumAdditions lists the labels each altered enum gains with ADD
	// VALUE (see rebuildEnumsUsingNewLabels).
	enumAdditions map[snapshot.ObjectID][]string
	// crossMajor is set when the two catalogs come from different majors
	// (see alignMajors).
	crossMajor bool
	// causes records, for each object re-created because something under
	// it changes, the first such thing found (see annotate.go).
	causes map[snapshot.ObjectID]snapshot.ObjectID
	// volatile caches volatileCalls.
	volatile []string
	// dependents waits for the index of the source's dependents, built
	// meanwhile on another goroutine (see startDependents).
	dependents func() *dependents
	// partitions caches targetPartitions (online_partitioned.go).
	partitions *partitionMaps
}

// stepKey names a step: the object, the phase, and which of the object's
// steps in that phase (its main one unless part says otherwise).
type stepKey struct {
	id    snapshot.ObjectID
	phase phase
	part  stepPart
}

// creating and dropping name the main step of an object in each phase.
func creating(id snapshot.ObjectID) stepKey { return stepKey{id: id, phase: phaseCreate} }
func dropping(id snapshot.ObjectID) stepKey { return stepKey{id: id, phase: phaseDrop} }

// sub names the sub-step part of the same object in the same phase.
func (k stepKey) sub(part stepPart) stepKey { return stepKey{id: k.id, phase: k.phase, part: part} }

// stepPart tells apart the steps of one object in one phase: statements
// that must wait for other objects (a range type's definition after its
// canonical function, OWNED BY after the owning column) go in a sub-step of
// their own, which the ordering places on its own. The statements of a
// sub-step name the object itself (Statement.ID).
//
// When nothing else orders them, an object's main step comes first, then
// its sub-steps in the order of these constants.
type stepPart uint8

const (
	partMain stepPart = iota
	// partInherit: a table's INHERIT and NO INHERIT, once the columns a
	// new parent needs exist (inherit.go).
	partInherit
	// partLogged: a table's SET LOGGED or SET UNLOGGED, ordered by the
	// foreign keys between switching tables (persistence.go).
	partLogged
	// partOwnedBy: a sequence's OWNED BY, once the column exists
	// (sequence.go).
	partOwnedBy
	// partAside: what is renamed aside with a type rebuilt under its
	// columns, before the type it is built on (type_rebuild.go).
	partAside
	// partDefinition: a range type's definition, after its canonical
	// function; the main step declares it as a shell (rangetype.go).
	partDefinition
	// partDropOld: the drop of a rebuilt type's old version, renamed aside,
	// once no column uses it (type_rebuild.go).
	partDropOld
	// partReindex: REINDEX of an index whose text search configuration or
	// dictionary changed (textsearch.go).
	partReindex
)

// partNames are the names of the sub-steps in warnings and graph dumps.
var partNames = [...]string{
	partMain: "", partInherit: "INHERIT", partLogged: "LOGGED", partOwnedBy: "OWNED BY", partAside: "aside",
	partDefinition: "definition", partDropOld: "drop old", partReindex: "reindex",
}

// String renders the key for humans: the object, with the sub-step's name.
func (k stepKey) String() string {
	if k.part == partMain {
		return k.id.String()
	}
	return k.id.String() + " (" + partNames[k.part] + ")"
}

// Diff plans the statements that turn from's schema into to's.
func Diff(from, to *snapshot.Catalog, opts Options) (*Plan, error) {
	from, to, majorNotes := alignMajors(from, to)
	filter, filterWarnings, err := newSchemaFilter(opts, from, to)
	if err != nil {
		return nil, err
	}
	p := &planner{
		from: filterCatalog(from, filter), to: filterCatalog(to, filter), opts: opts,
		index: map[stepKey]*step{}, replaced: map[snapshot.ObjectID]bool{},
		rebuildDependents: map[snapshot.ObjectID]bool{},
		crossMajor:        MajorsDiffer(from, to),
	}
	p.dependents = p.startDependents()
	planned := kinds
	if opts.CreateExtensionsOnly {
		planned = []kindDiffer{extensionRules}
	}
	for i, differences := range startComparing(p.from, p.to, planned) {
		planned[i].diff(p, <-differences)
	}
	p.orderPersistence()
	p.rebuildEnumsUsingNewLabels()
	p.finishTypeRebuilds()
	p.rebuildDependentObjects()
	p.orderDefaultPrivileges()
	p.swapChangedIndexes()
	statements := p.order()
	p.annotate(statements)
	if opts.Online {
		p.noteOnlineLimits(statements)
	}
	if opts.CreateExtensionsOnly {
		// Only the creation of missing extensions, as migra does: no drops,
		// no version changes.
		statements = slices.DeleteFunc(statements, func(s Statement) bool { return s.Action != ActionCreate })
	}
	warnings := append(append(majorNotes, filterWarnings...), p.warnings...)
	warnings = append(warnings, outsideWarnings(filter, from, to, statements)...)
	plan := &Plan{Settings: SettingsFor(statements), Statements: statements, Warnings: warnings}
	if opts.Online && len(statements) > 0 {
		plan.Settings = append(plan.Settings, timeoutSettings(opts)...)
		plan.Segments = Segments(statements)
	}
	return plan, nil
}

// add appends statements to the main step of (id, phase), creating it.
func (p *planner) add(id snapshot.ObjectID, ph phase, stmts ...Statement) {
	p.addTo(stepKey{id: id, phase: ph}, stmts...)
}

// addTo appends statements to the step key names, creating it. Statements
// without an identity get the step's object's.
func (p *planner) addTo(key stepKey, stmts ...Statement) {
	if len(stmts) == 0 {
		return
	}
	s, ok := p.index[key]
	if !ok {
		s = &step{stepKey: key}
		p.index[key] = s
		p.steps = append(p.steps, s)
	}
	for i := range stmts {
		if stmts[i].ID == (snapshot.ObjectID{}) {
			stmts[i].ID = key.id
		}
	}
	s.stmts = append(s.stmts, stmts...)
}

// clear empties the main step of (id, phase), if any, keeping its place.
func (p *planner) clear(id snapshot.ObjectID, ph phase) {
	if s, ok := p.index[stepKey{id: id, phase: ph}]; ok {
		s.stmts = nil
	}
}

// has reports whether a main step exists for (id, phase).
func (p *planner) has(id snapshot.ObjectID, ph phase) bool {
	return p.hasStep(stepKey{id: id, phase: ph})
}

// hasStep reports whether the step key names exists.
func (p *planner) hasStep(key stepKey) bool {
	_, ok := p.index[key]
	return ok
}

// kindDiffer diffs every object of one kind.
type kindDiffer interface {
	kind() snapshot.Kind
	// compare pairs this kind's objects of from and to and returns the
	// pairs the plan must handle (see differences); diff plans them.
	// compare only reads the catalogs: it runs while the planner plans
	// the kinds before it (see startComparing).
	compare(from, to *snapshot.Catalog) any
	diff(p *planner, differences any)
	// rebuild drops and re-creates the object with this identity (present in
	// both catalogs) because something it depends on is being replaced.
	rebuild(p *planner, id snapshot.ObjectID) bool
	// kinds lists the kinds whose objects these rules hold, and has
	// reports whether c has one with this identity (see lookup.go).
	kinds() []snapshot.Kind
	has(p *planner, c *snapshot.Catalog, id snapshot.ObjectID) bool
	// lookup returns c's object with this identity (see privilege.go).
	lookup(p *planner, c *snapshot.Catalog, id snapshot.ObjectID) (any, bool)
}

// rules says, for one kind, how to list, create, drop and alter its objects.
// The generic code in kindRules.diff does the rest.
type rules[T snapshot.Object] struct {
	objectKind snapshot.Kind
	// extraKinds are other kinds the same Go type carries (a Table can be a
	// foreign table, a View a materialized view, a Function a procedure).
	extraKinds []snapshot.Kind
	list       func(*snapshot.Catalog) []T
	// create, drop and alter return what they plan (see planned) and
	// change nothing else; plain and plainAlter adapt rules that only
	// return statements.
	create func(p *planner, o T) planned
	drop   func(p *planner, o T) planned
	// alter returns what changes from into to in place, or replace=true
	// when the object must be dropped and created again. It is only called
	// when the two differ.
	alter func(p *planner, from, to T) (change planned, replace bool)
	// skip leaves objects out that another object creates (an index that a
	// constraint owns, a partition's inherited constraint).
	skip func(T) bool
	// equal compares two objects; nil means reflect.DeepEqual (see equal.go).
	equal func(a, b T) bool
}

func (r *rules[T]) kind() snapshot.Kind { return r.objectKind }

// same reports whether *a and *b are equal. DeepEqual is given the
// pointers: given the values, it copied both to the heap on every call
// (2 MB for the sequences of a 10,000-table diff).
func (r *rules[T]) same(a, b *T) bool {
	if r.equal != nil {
		return r.equal(*a, *b)
	}
	return reflect.DeepEqual(a, b)
}

// difference is a pair of objects with one identity that the plan must
// handle: one only in the source (now nil), one only in the target (old
// nil), or one in both that is not the same.
type difference[T any] struct{ old, now *T }

func (r *rules[T]) compare(from, to *snapshot.Catalog) any {
	// Both lists are sorted by identity (Catalog.Sort), so a merge pass
	// pairs them up without maps. Only the differences are kept: few, in
	// a plan between two big catalogs.
	var out []difference[T]
	eachPair(r.sorted(from), r.sorted(to), func(old, now *T) {
		if old == nil || now == nil || !r.same(old, now) {
			out = append(out, difference[T]{old, now})
		}
	})
	return out
}

func (r *rules[T]) diff(p *planner, differences any) {
	pairs := differences.([]difference[T])
	for _, d := range pairs { // drops first
		if d.now == nil {
			p.merge(dropping((*d.old).ID()), r.drop(p, *d.old))
		}
	}
	for _, d := range pairs {
		old, now := d.old, d.now
		switch {
		case now == nil:
		case old == nil:
			p.merge(creating((*now).ID()), r.create(p, *now))
		default:
			id := (*now).ID()
			change, replace := r.alter(p, *old, *now)
			if replace {
				p.replaced[id] = true
				p.merge(dropping(id), r.drop(p, *old))
				p.merge(creating(id), r.create(p, *now))
				continue
			}
			p.merge(creating(id), change)
		}
	}
}

// eachPair calls fn with each object of before or after, in identity
// order: both when the two lists hold the same identity, else the one
// (the other nil).
func eachPair[T snapshot.Object](before, after []*T, fn func(old, now *T)) {
	mergejoin.Each(len(before), len(after), func(i, j int) int {
		return (*before[i]).ID().Compare((*after[j]).ID())
	}, func(i, j int) {
		var old, now *T
		if i >= 0 {
			old = before[i]
		}
		if j >= 0 {
			now = after[j]
		}
		fn(old, now)
	})
}

// sorted returns pointers to this kind's objects in c, without skipped
// ones, in identity order. (Pointers: copies of a big catalog's tables,
// indexes and constraints would take megabytes.)
func (r *rules[T]) sorted(c *snapshot.Catalog) []*T {
	all := r.list(c)
	out := make([]*T, 0, len(all))
	for i := range all {
		if r.skip == nil || !r.skip(all[i]) {
			out = append(out, &all[i])
		}
	}
	byID := func(a, b *T) int { return (*a).ID().Compare((*b).ID()) }
	if !slices.IsSortedFunc(out, byID) {
		slices.SortFunc(out, byID) // a catalog built by hand and not sorted
	}
	return out
}

func (r *rules[T]) rebuild(p *planner, id snapshot.ObjectID) bool {
	if id.Kind != r.objectKind && !slices.Contains(r.extraKinds, id.Kind) {
		return false
	}
	old, ok1 := r.find(p, p.from, id)
	now, ok2 := r.find(p, p.to, id)
	if !ok1 || !ok2 {
		return false
	}
	if _, ok := p.typeRebuilds[id]; p.replaced[id] || ok {
		return true // already dropped and created again
	}
	// Whatever in-place change was planned is superseded by the re-creation.
	p.clear(id, phaseDrop)
	p.clear(id, phaseCreate)
	p.merge(dropping(id), r.drop(p, old))
	p.merge(creating(id), r.create(p, now))
	p.replaced[id] = true
	return true
}

// find returns the object of this kind with this identity in c, unless
// skip leaves it out (see lookup.go).
func (r *rules[T]) find(p *planner, c *snapshot.Catalog, id snapshot.ObjectID) (T, bool) {
	o, ok := findByID(p, c, r.objectKind, r.list(c), id)
	if ok && r.skip != nil && r.skip(o) {
		var zero T
		return zero, false
	}
	return o, ok
}

func sortedIDs[T any](m map[snapshot.ObjectID]T) []snapshot.ObjectID {
	ids := make([]snapshot.ObjectID, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, snapshot.ObjectID.Compare)
	return ids
}
