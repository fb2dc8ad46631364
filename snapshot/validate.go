package snapshot

import (
	"fmt"
	"slices"
	"strings"
)

// Validate checks the invariants that every catalog Read produces holds and
// that the diff engine relies on, and returns an error listing (up to 20 of)
// the violations:
//
//   - every object has a name, and a schema where its kind lives in one
//     (default privileges may be global); every column has a name, and
//     every cast a source and a target type;
//   - every identity occurs once (and every column name once per relation);
//   - constraints, policies and indexes belong to a captured table (indexes
//     also to a materialized view), triggers to a table or view, rules to a
//     table or view;
//   - an index that enforces a constraint and that constraint name each other;
//   - both ends of every dependency are captured objects (top-level objects
//     or columns of captured tables and views), and no edge is a loop.
//
// References that may legitimately leave the catalog are not checked: a
// foreign key, an INHERITS or PARTITION OF parent, a statistics object, a
// publication or OWNED BY may name a table that belongs to an extension (the
// extension stands for it), and objects may live in a schema an extension
// created.
//
// A catalog read from one snapshot satisfies these by construction; Validate
// exists to catch a reader bug, a hand-built catalog or a damaged or forged
// file (formats/strata runs it on every file it reads) before a plan is
// built on it. The error is one line.
func (c *Catalog) Validate() error { return c.validate(true) }

// ValidateObjects is Validate without looking up both ends of every
// dependency edge in the catalog: for a reader that built the edges from
// the catalog's own objects, whose ends are there by construction (a
// snapshot file of format version 5 on). That lookup is most of
// Validate's time on a large catalog.
func (c *Catalog) ValidateObjects() error { return c.validate(false) }

func (c *Catalog) validate(lookUpEdges bool) error {
	v := validation{}
	c.EachID(func(id ObjectID) {
		switch {
		case id.Name == "":
			v.add("a %s in schema %q has an empty name", id.Kind, id.Schema)
		case id.Schema == "" && inSchema(id.Kind):
			v.add("%s has no schema", id)
		}
	})
	has, sorted := c.identities(&v)
	// Relations by qualified name, with their kind and columns. Columns
	// are not entered in ids: a big catalog has ten times as many columns
	// as tables, and a dependency on a column is looked up here instead.
	// The columns only when edges are looked up: ValidateObjects (every
	// file read) does not.
	relations := make(map[QualifiedName]Kind, len(c.Tables)+len(c.Views))
	var columns map[QualifiedName][]Column
	if lookUpEdges {
		columns = make(map[QualifiedName][]Column, len(c.Tables)+len(c.Views))
	}
	names := map[string]bool{}
	relation := func(id ObjectID, cols []Column) {
		name := QualifiedName{Schema: id.Schema, Name: id.Name}
		relations[name] = id.Kind
		if columns != nil {
			columns[name] = cols
		}
		v.columns(names, id, cols)
	}
	for _, t := range c.Tables {
		relation(t.ID(), t.Columns)
	}
	for _, w := range c.Views {
		relation(w.ID(), w.Columns)
	}
	captured := func(id ObjectID) bool {
		if id.Kind != KindColumn {
			return has(id)
		}
		return id.Args == "" && slices.ContainsFunc(columns[QualifiedName{Schema: id.Schema, Name: id.Table}],
			func(col Column) bool { return col.Name == id.Name })
	}
	isTable := func(k Kind) bool { return k == KindTable || k == KindForeignTable }
	parent := func(id ObjectID, schema, table string, ok func(Kind) bool) {
		k, found := relations[QualifiedName{Schema: schema, Name: table}]
		switch {
		case !found:
			v.add("%s belongs to %s, which is not in the catalog", id, QualifiedName{Schema: schema, Name: table})
		case !ok(k):
			v.add("%s belongs to %s, which is a %s", id, QualifiedName{Schema: schema, Name: table}, k)
		}
	}
	for _, con := range c.Constraints {
		parent(con.ID(), con.Schema, con.Table, isTable)
	}
	constraint := c.constraintFinder(sorted)
	for _, ix := range c.Indexes {
		parent(ix.ID(), ix.Schema, ix.Table, func(k Kind) bool { return isTable(k) || k == KindMaterializedView })
		if ix.Constraint == "" {
			continue
		}
		conID := ObjectID{Kind: KindConstraint, Schema: ix.Schema, Table: ix.Table, Name: ix.Constraint}
		if con, ok := constraint(conID); !ok {
			v.add("%s enforces %s, which is not in the catalog", ix.ID(), conID)
		} else if con.Index != ix.Name {
			v.add("%s enforces %s, whose index is %q", ix.ID(), conID, con.Index)
		}
	}
	tableOrView := func(k Kind) bool { return isTable(k) || k == KindView }
	for _, tg := range c.Triggers {
		parent(tg.ID(), tg.Schema, tg.Table, tableOrView)
	}
	for _, p := range c.Policies {
		parent(p.ID(), p.Schema, p.Table, isTable)
	}
	for _, r := range c.Rules {
		parent(r.ID(), r.Schema, r.Table, tableOrView)
	}
	for _, cast := range c.Casts {
		if cast.Source == "" || cast.Target == "" {
			v.add("%s lacks a source or target type", cast.ID())
		}
	}
	// Edges are sorted by From: each From is looked up once, and in a
	// sorted catalog from where the last one of its kind was found (seek;
	// a file whose edges are out of order costs a search more, no more).
	var lastFrom ObjectID
	lastCaptured, looked := false, false
	cursor := map[Kind]int{}
	capturedFrom := func(id ObjectID) bool {
		if looked && id == lastFrom {
			return lastCaptured
		}
		lastFrom, looked = id, true
		if l, ok := listOfKind[id.Kind]; ok && sorted {
			cursor[id.Kind], lastCaptured = l.seek(c, id, cursor[id.Kind])
		} else {
			lastCaptured = captured(id)
		}
		return lastCaptured
	}
	if e := c.numbered; e != nil {
		// Every end is one of the catalog's objects by construction, and
		// each object has one number.
		for i := range e.from {
			if e.from[i] == e.to[i] {
				v.add("dependency of %s on itself", e.numbering.ID(int(e.from[i])))
			}
		}
		return v.err()
	}
	for _, d := range c.Dependencies {
		switch {
		case d.From == d.To:
			v.add("dependency of %s on itself", d.From)
		case !lookUpEdges:
		case !capturedFrom(d.From):
			v.add("dependency %s -> %s: %s is not in the catalog", d.From, d.To, d.From)
		case !captured(d.To):
			v.add("dependency %s -> %s: %s is not in the catalog", d.From, d.To, d.To)
		}
	}
	return v.err()
}

// identities checks that no identity occurs twice and returns a test of
// whether the catalog holds one, and whether every list is sorted. A catalog that Sort has run on (every
// decoded file) has each list in strict identity order, which proves the
// first and answers the second by binary search, with nothing to build:
// for a 10,000-table file, a set of every identity cost a fifth of
// decoding it. Otherwise (a catalog built by hand) a set is built.
func (c *Catalog) identities(v *validation) (has func(ObjectID) bool, sorted bool) {
	sorted = true
	for _, l := range catalogLists {
		sorted = sorted && l.strictlySorted(c)
	}
	if sorted {
		return func(id ObjectID) bool {
			l, ok := listOfKind[id.Kind]
			return ok && l.has(c, id)
		}, true
	}
	ids := map[ObjectID]bool{}
	c.EachID(func(id ObjectID) {
		if ids[id] {
			v.add("%s occurs more than once", id)
		}
		ids[id] = true
	})
	return func(id ObjectID) bool { return ids[id] }, false
}

// constraintFinder returns a lookup of constraints by identity: a binary
// search when the catalog is sorted, a map otherwise.
func (c *Catalog) constraintFinder(sorted bool) func(ObjectID) (Constraint, bool) {
	if sorted {
		// A sorted list of one kind is in (Schema, Table, Name) order:
		// compared field by field, without building identities. The
		// indexes ask in about that order (an index and the constraint it
		// enforces share a name), so each search gallops on from the last
		// one (see gallop): a binary search of every constraint for each
		// of the views bench catalog's 14,000 such indexes was 4% of
		// reading the file.
		at := 0
		return func(id ObjectID) (Constraint, bool) {
			i, ok := gallop(at, len(c.Constraints), func(j int) int {
				o := &c.Constraints[j]
				if c := strings.Compare(o.Schema, id.Schema); c != 0 {
					return c
				}
				if c := strings.Compare(o.Table, id.Table); c != 0 {
					return c
				}
				return strings.Compare(o.Name, id.Name)
			})
			at = i
			if !ok {
				return Constraint{}, false
			}
			return c.Constraints[i], true
		}
	}
	m := make(map[ObjectID]Constraint, len(c.Constraints))
	for _, con := range c.Constraints {
		m[con.ID()] = con
	}
	return func(id ObjectID) (Constraint, bool) { con, ok := m[id]; return con, ok }
}

// validation collects violations, keeping the first few.
type validation struct {
	problems []error
	more     int
}

func (v *validation) add(format string, args ...any) {
	if len(v.problems) == 20 {
		v.more++
		return
	}
	v.problems = append(v.problems, fmt.Errorf(format, args...))
}

// columns reports empty and duplicate column names of relation; names is
// a scratch set, emptied first. A relation of a few dozen columns is
// checked pair by pair, which is quicker than the set: this runs for
// every table and view of every file read.
func (v *validation) columns(names map[string]bool, relation ObjectID, columns []Column) {
	const pairwise = 32
	if len(columns) > pairwise {
		clear(names)
	}
	for i, col := range columns {
		if col.Name == "" {
			v.add("%s has a column with an empty name", relation)
		}
		var seen bool
		if len(columns) > pairwise {
			seen = names[col.Name]
			names[col.Name] = true
		} else {
			seen = slices.ContainsFunc(columns[:i], func(earlier Column) bool { return earlier.Name == col.Name })
		}
		if seen {
			v.add("%s has two columns named %q", relation, col.Name)
		}
	}
}

// err returns the violations as one line, "inconsistent catalog: a; b; …
// and N more", whose Unwrap gives each.
func (v *validation) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	msg := make([]string, len(v.problems), len(v.problems)+1)
	for i, p := range v.problems {
		msg[i] = p.Error()
	}
	if v.more > 0 {
		msg = append(msg, fmt.Sprintf("… and %d more", v.more))
	}
	return &inconsistent{msg: "inconsistent catalog: " + strings.Join(msg, "; "), problems: v.problems}
}

type inconsistent struct {
	msg      string
	problems []error
}

func (e *inconsistent) Error() string   { return e.msg }
func (e *inconsistent) Unwrap() []error { return e.problems }

// inSchema reports whether objects of kind k live in a schema.
func inSchema(k Kind) bool {
	info, _ := InfoOf(k)
	return info.InSchema
}
