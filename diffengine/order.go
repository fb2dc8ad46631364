package diffengine

import (
	"fmt"
	"os"
	"strings"

	"github.com/pgstrata/pgstrata/internal/depsort"
	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

// rebuildDependentObjects drops and re-creates everything that depends on a
// replaced object (or on one altered in a way its dependents cannot
// survive), transitively, using the edges of the old catalog: those are the
// dependencies PostgreSQL would otherwise refuse to break.
func (p *planner) rebuildDependentObjects() {
	queue := append(sortedIDs(p.replaced), sortedIDs(p.rebuildDependents)...)
	// An object that goes away takes nothing with it silently: whatever
	// still depends on it and stays (a view calling a function whose new
	// overload takes its place) is re-created around the drop.
	// A dependent that is altered anyway is taken to stop depending on it.
	goneAway := map[snapshot.ObjectID]bool{}
	for _, s := range p.steps {
		if s.phase == phaseDrop && s.id.Kind != snapshot.KindColumn && !p.existsInTarget(s.id) {
			queue = append(queue, s.id)
			goneAway[s.id] = true
		}
	}
	if len(queue) == 0 {
		return // nothing to cascade from: skip indexing the whole catalog
	}
	dependents := p.dependents()
	seen := map[snapshot.ObjectID]bool{}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if seen[id] {
			continue
		}
		seen[id] = true
		for _, d := range dependents.of(id) {
			if seen[d] {
				continue
			}
			// ALTER COLUMN … TYPE rebuilds the column's indexes and
			// constraints itself; only views, rules, policies, triggers and
			// the like must be dropped around it. (Those that name a type
			// rebuilt under its columns, in a constant or a COLLATE, would be
			// rebuilt naming the old type: they go around it too.)
			if id.Kind == snapshot.KindColumn && p.rebuildDependents[id] && !p.replaced[id] && (d.Kind == snapshot.KindIndex || d.Kind == snapshot.KindConstraint) {
				continue
			}
			if goneAway[id] && (p.has(d, phaseCreate) || p.has(d, phaseDrop)) {
				continue
			}
			if rebuilt, ok := p.rebuildColumnExpression(d); ok {
				queue = append(queue, rebuilt...)
				p.noteCause(d, id)
				continue
			}
			for _, k := range kinds {
				if k.rebuild(p, d) {
					queue = append(queue, d)
					p.noteCause(d, id)
					break
				}
			}
		}
	}
}

// relationIndex maps schema-qualified names to the tables and views of a
// catalog, so that sub-objects (columns, constraints, triggers…) find their
// relation in constant time. It holds each one's kind: the name is the
// rest of its identity.
type relationIndex map[snapshot.QualifiedName]snapshot.Kind

func newRelationIndex(c *snapshot.Catalog) relationIndex {
	idx := make(relationIndex, len(c.Tables)+len(c.Views))
	for _, t := range c.Tables {
		idx[snapshot.QualifiedName{Schema: t.Schema, Name: t.Name}] = t.ID().Kind
	}
	for _, v := range c.Views {
		idx[snapshot.QualifiedName{Schema: v.Schema, Name: v.Name}] = v.ID().Kind
	}
	return idx
}

// of returns the identity of the table or view a sub-object belongs to.
func (idx relationIndex) of(sub snapshot.ObjectID) snapshot.ObjectID {
	if kind, ok := idx[snapshot.QualifiedName{Schema: sub.Schema, Name: sub.Table}]; ok {
		return snapshot.ObjectID{Kind: kind, Schema: sub.Schema, Name: sub.Table}
	}
	return snapshot.ObjectID{Kind: snapshot.KindTable, Schema: sub.Schema, Name: sub.Table}
}

// relations returns the relation index of the source or target catalog.
func (p *planner) relations(c *snapshot.Catalog) relationIndex {
	if c == p.from {
		if p.fromRelations == nil {
			p.fromRelations = newRelationIndex(c)
		}
		return p.fromRelations
	}
	if p.toRelations == nil {
		p.toRelations = newRelationIndex(c)
	}
	return p.toRelations
}

// order sorts the steps into one list of statements that applies cleanly:
//   - a drop comes before the drop of anything it depends on (old edges);
//   - a create or alter comes after the create or alter of anything it
//     depends on (new edges);
//   - something that stopped depending on X is altered before X is dropped;
//   - an object's drop comes before its own re-creation.
//
// Ties are broken by phase (drops first), then kind rank, then identity
// (stepLess), so the output is deterministic. A cycle (which the edges
// should never form) is broken at its smallest step rather than failing,
// with a warning (internal/depsort does the sorting).
func (p *planner) order() []Statement {
	n := len(p.steps)
	if n == 0 {
		return nil
	}
	graph := depsort.New(n)
	edge := graph.Edge
	pos := make(map[stepKey]int, n)
	for i, s := range p.steps {
		pos[s.stepKey] = i
	}
	names := p.stepNames()
	lookup := func(key stepKey, c *snapshot.Catalog) (int, bool) {
		// Most edge ends: one or two strings hashed, not an identity.
		if names.mayHaveStep(key.id) {
			if i, ok := pos[key]; ok {
				return i, true
			}
		}
		id, ph := key.id, key.phase
		if key.part == partMain && (id.Kind == snapshot.KindColumn || (ph == phaseDrop && id.Table != "")) && names.relationMayHaveStep(id) {
			// A column without a step of its own is created, altered or
			// dropped with its relation, and so is any sub-object when its
			// relation is dropped. (A sub-object created without a step of
			// its own, such as a partition's copy of its parent's
			// constraint, is created by something else and orders nothing.)
			i, ok := pos[stepKey{id: p.relations(c).of(id), phase: ph}]
			return i, ok
		}
		return 0, false
	}
	// The target's edges are looked up on a goroutine of their own, as
	// only their lookups read the planner (and nothing writes it until
	// they are in): steps, names and relation indexes, all built by now.
	// Their graph edges are added after the source's, in the same order as
	// one pass would add them.
	p.relations(p.from)
	p.relations(p.to)
	targetEdges := make(chan [][2]int, 1)
	go func() {
		var out [][2]int
		toStep := func(to snapshot.ObjectID) (int, bool) { return lookup(creating(to), p.to) }
		p.forEachOrderingEdge(p.to, names, toStep, func(e orderingEdge, to int) {
			if from, ok := lookup(creating(e.from()), p.to); ok {
				out = append(out, [2]int{to, from})
			}
		})
		targetEdges <- out
	}()
	toStep := func(to snapshot.ObjectID) (int, bool) { return lookup(dropping(to), p.from) }
	p.forEachOrderingEdge(p.from, names, toStep, func(e orderingEdge, to int) {
		dFrom := e.from()
		if from, ok := lookup(dropping(dFrom), p.from); ok {
			edge(from, to)
		}
		// Something altered in place so that it no longer needs To must be
		// altered before To is dropped. Objects that are re-created (or go
		// with a dropped relation) were dropped already and need no such edge.
		if p.has(dFrom, phaseDrop) || p.replaced[dFrom] {
			return
		}
		if alter, ok := lookup(creating(dFrom), p.from); ok &&
			(dFrom.Table == "" || !p.relationDropped(dFrom.Schema, dFrom.Table)) {
			edge(alter, to)
		}
	})
	for _, e := range <-targetEdges {
		edge(e[0], e[1])
	}
	// What identities imply: every object in a schema needs the schema, and
	// every sub-object (and index) its relation. Only objects with steps can
	// take part, so these edges are made from the steps rather than from
	// every object. A sub-step needs its schema; the rest of its order is
	// its own (p.sequence).
	for i, s := range p.steps {
		c := p.to
		if s.phase == phaseDrop {
			c = p.from
		}
		var needs []snapshot.ObjectID
		if s.id.Schema != "" && s.id.Kind != snapshot.KindDefaultPrivilege {
			needs = append(needs, snapshot.ObjectID{Kind: snapshot.KindSchema, Name: s.id.Schema})
		}
		if s.id.Table != "" && s.part == partMain {
			needs = append(needs, p.relations(c).of(s.id))
		}
		if s.id.Kind == snapshot.KindIndex && s.part == partMain {
			if table, ok := p.tableOf(s.id); ok {
				needs = append(needs, p.relations(c).of(snapshot.ColumnID(s.id.Schema, table, "")))
			}
		}
		for _, need := range needs {
			j, ok := pos[stepKey{id: need, phase: s.phase}]
			if !ok {
				continue
			}
			if s.phase == phaseDrop {
				edge(i, j)
			} else {
				edge(j, i)
			}
		}
	}
	// Indexes and constraints use columns of their own table; the snapshot
	// leaves those edges out (they are implied), so: an index or constraint
	// is created after every column of its table that the plan adds or
	// alters, and dropped before every column the plan drops.
	columnSteps := map[stepKey][]int{} // (table, phase) → column steps
	for i, s := range p.steps {
		if s.id.Kind == snapshot.KindColumn {
			key := stepKey{id: snapshot.ObjectID{Schema: s.id.Schema, Name: s.id.Table}, phase: s.phase}
			columnSteps[key] = append(columnSteps[key], i)
		}
	}
	if len(columnSteps) > 0 {
		for i, s := range p.steps {
			if s.part != partMain {
				continue // a REINDEX is ordered by its own edges
			}
			table, ok := p.tableOf(s.id)
			if !ok {
				continue
			}
			for _, c := range columnSteps[stepKey{id: snapshot.ObjectID{Schema: s.id.Schema, Name: table}, phase: s.phase}] {
				if s.phase == phaseCreate {
					edge(c, i)
				} else {
					edge(i, c)
				}
			}
		}
	}
	for _, pair := range p.sequence {
		first, ok1 := lookup(pair[0], p.to)
		then, ok2 := lookup(pair[1], p.to)
		if ok1 && ok2 {
			edge(first, then)
		}
	}
	for i, s := range p.steps {
		if s.phase == phaseCreate && s.part == partMain {
			if j, ok := pos[dropping(s.id)]; ok {
				edge(j, i)
			}
		}
	}

	rank := make([]int, n) // kindRank of each step, looked up once
	for i, s := range p.steps {
		rank[i] = kindRank(s.id.Kind)
	}
	order, cycles := graph.Sort(func(i, j int) bool { return p.stepLess(rank, i, j) })
	for _, c := range cycles {
		p.warnings = append(p.warnings, p.cycleWarning(c))
	}
	if path := os.Getenv(debugGraphEnv); path != "" {
		if err := p.writeGraph(path, graph); err != nil {
			p.warnings = append(p.warnings, "debug graph: "+err.Error())
		}
	}
	// Sized once: a plan that creates a big schema (pgstrata show) has
	// hundreds of thousands of statements, and growing the list copied
	// them over and over (0.6 s of 1.5 for 10,000 tables).
	total := 0
	for _, s := range p.steps {
		total += len(s.stmts)
	}
	out := make([]Statement, 0, total)
	for _, i := range order {
		out = append(out, p.steps[i].stmts...)
	}
	return out
}

// debugGraphEnv names the environment variable that, when set to a file
// name, makes every Diff with steps write its ordering graph there in
// Graphviz's DOT language (see doc.go).
const debugGraphEnv = "PGSTRATA_DEBUG_DOT"

// writeGraph writes the ordering graph of the steps to the file path, each
// step labelled with its phase, its object and its first statement.
func (p *planner) writeGraph(path string, g *depsort.Graph) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = g.WriteDOT(f, func(i int) string {
		s := p.steps[i]
		label := map[phase]string{phaseDrop: "drop ", phaseCreate: "create "}[s.phase] + s.stepKey.String()
		if len(s.stmts) > 0 {
			sql := strings.Join(strings.Fields(s.stmts[0].SQL), " ")
			label += "\n" + clipName(sql, 60)
		}
		return label
	})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// orderingEdge is a dependency edge as the ordering uses it: each end is
// built and resolved (see forEachOrderingEdge) only when asked for, since
// most edges are dropped at the first end looked up.
type orderingEdge struct {
	ends  snapshot.DependencyEnds
	owner func(snapshot.ObjectID) snapshot.ObjectID
}

func (e orderingEdge) from() snapshot.ObjectID { return e.owner(e.ends.From()) }
func (e orderingEdge) to() snapshot.ObjectID   { return e.owner(e.ends.To()) }

// forEachOrderingEdge calls fn with each of c's dependency edges that the
// ordering uses (see the comments below) and whose To, resolved, has a
// step by toStep, with that step: most edges join objects the plan
// leaves alone, and their From is never looked at. The edges that
// identities imply (schema, relation, an index's relation) are added per
// step by order.
func (p *planner) forEachOrderingEdge(c *snapshot.Catalog, names stepNames, toStep func(snapshot.ObjectID) (int, bool), fn func(e orderingEdge, to int)) {
	// An index that enforces a constraint is created and dropped by it, so
	// edges to the index (a foreign key needs the referenced key's index)
	// are edges to the constraint. Only the indexes that names lets through
	// are mapped (see constraintIndexes); any other index end stays as it
	// is, which finds no step either way.
	owners := constraintIndexes(c, names)
	ownerOf := func(id snapshot.ObjectID) snapshot.ObjectID {
		if id.Kind != snapshot.KindIndex {
			return id
		}
		if owner, ok := owners[id]; ok {
			return owner
		}
		return id
	}
	// A range type's edge to its canonical function is handled by declaring
	// the type as a shell first (createAroundShell) and by DROP TYPE …
	// CASCADE; as an ordering edge it would only close a cycle.
	canonical := map[snapshot.ObjectID]string{}
	for _, r := range c.RangeTypes {
		if r.Canonical != "" {
			canonical[r.ID()] = r.Canonical
		}
	}
	// The targets of edges held by number are looked up first, each once,
	// in the order the catalog stores them (EachDependencyTarget): edge by
	// edge, each was a look into the lists in no order, a cache miss or
	// more, and many edges reach one object (a type, a function, a key).
	steps := make([]int32, c.NumberedObjects()) // 0 no step, else the step's place + 1
	c.EachDependencyTarget(func(k int, to snapshot.ObjectID) {
		if i, ok := toStep(ownerOf(to)); ok {
			steps[k] = int32(i) + 1
		}
	})
	stepOfTo := func(e orderingEdge) (int, bool) {
		if k := e.ends.ToNumber(); k >= 0 {
			return int(steps[k]) - 1, steps[k] > 0
		}
		return toStep(e.to())
	}
	for d := range c.AllDependencyEnds() {
		switch t := d.Type(); {
		// Internal and partition dependencies (i, P, S) tie an object
		// PostgreSQL derives (a foreign key cloned for each partition, a
		// partition's index) to the object it derives from: it comes and
		// goes with that object and orders nothing.
		case t == "i" || t == "P" || t == "S":
			continue
		// A sequence's OWNED BY edge to its column orders nothing: the
		// ownership is set in a step of its own once both exist
		// (planOwnedBy), and the column's default needs the sequence first.
		case t == "a" && d.FromKind() == snapshot.KindSequence && d.ToKind() == snapshot.KindColumn:
			continue
		case d.FromKind() == snapshot.KindRangeType && d.ToKind() == snapshot.KindFunction:
			to := d.To()
			if name, ok := canonical[d.From()]; ok && sqltext.NamesObject(name, to.Schema, to.Name) {
				continue
			}
		}
		e := orderingEdge{ends: d, owner: ownerOf}
		if to, ok := stepOfTo(e); ok {
			fn(e, to)
		}
	}
}

// kindRank orders kinds when nothing else does: the order pg_dump uses
// (snapshot.KindInfo.DumpRank).
func kindRank(k snapshot.Kind) int {
	info, _ := snapshot.InfoOf(k)
	return info.DumpRank
}

// stepLess orders the steps when no edge does: drops first, then by kind
// rank (drops in reverse), then by identity, then an object's main step
// before its sub-steps.
func (p *planner) stepLess(rank []int, i, j int) bool {
	a, b := p.steps[i], p.steps[j]
	if a.phase != b.phase {
		return a.phase < b.phase
	}
	ra, rb := rank[i], rank[j]
	if a.phase == phaseDrop {
		ra, rb = -ra, -rb
	}
	if ra != rb {
		return ra < rb
	}
	if c := a.id.Compare(b.id); c != 0 {
		return c < 0
	}
	return a.part < b.part
}

// cycleWarning describes a dependency cycle the sort broke: the step it
// released early, and the chain of steps that step waits on, back to one
// already named (at most a dozen).
func (p *planner) cycleWarning(c depsort.Cycle) string {
	chain := c.Chain[:min(len(c.Chain), 12)]
	names := make([]string, len(chain))
	for k, i := range chain {
		names[k] = p.steps[i].stepKey.String()
	}
	return fmt.Sprintf("dependency cycle broken at %s (waits on %s)", names[0], strings.Join(names[1:], " → "))
}

// tableOf returns the table an index or constraint belongs to.
func (p *planner) tableOf(id snapshot.ObjectID) (string, bool) {
	switch id.Kind {
	case snapshot.KindConstraint:
		return id.Table, true
	case snapshot.KindIndex:
		// The target's wins for an index that moved to another table.
		for _, c := range []*snapshot.Catalog{p.to, p.from} {
			if ix, ok := findByID(p, c, snapshot.KindIndex, c.Indexes, id); ok {
				return ix.Table, true
			}
		}
	}
	return "", false
}
