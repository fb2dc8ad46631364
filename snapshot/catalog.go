package snapshot

import (
	"slices"
	"strings"
	"sync"
)

// Object is anything in the catalog with an identity.
type Object interface {
	ID() ObjectID
}

// ID methods: one per kind. They are the single place that says which fields
// make up each kind's identity.

func (o Schema) ID() ObjectID    { return ObjectID{Kind: KindSchema, Name: o.Name} }
func (o Extension) ID() ObjectID { return ObjectID{Kind: KindExtension, Name: o.Name} }
func (o Language) ID() ObjectID  { return ObjectID{Kind: KindLanguage, Name: o.Name} }
func (o Collation) ID() ObjectID {
	return ObjectID{Kind: KindCollation, Schema: o.Schema, Name: o.Name}
}
func (o Enum) ID() ObjectID   { return ObjectID{Kind: KindEnum, Schema: o.Schema, Name: o.Name} }
func (o Domain) ID() ObjectID { return ObjectID{Kind: KindDomain, Schema: o.Schema, Name: o.Name} }
func (o CompositeType) ID() ObjectID {
	return ObjectID{Kind: KindCompositeType, Schema: o.Schema, Name: o.Name}
}
func (o RangeType) ID() ObjectID {
	return ObjectID{Kind: KindRangeType, Schema: o.Schema, Name: o.Name}
}
func (o Sequence) ID() ObjectID {
	return ObjectID{Kind: KindSequence, Schema: o.Schema, Name: o.Name}
}

func (o Table) ID() ObjectID {
	kind := KindTable
	if o.RelKind == "f" {
		kind = KindForeignTable
	}
	return ObjectID{Kind: kind, Schema: o.Schema, Name: o.Name}
}

func (o Constraint) ID() ObjectID {
	return ObjectID{Kind: KindConstraint, Schema: o.Schema, Table: o.Table, Name: o.Name}
}
func (o Index) ID() ObjectID { return ObjectID{Kind: KindIndex, Schema: o.Schema, Name: o.Name} }

func (o View) ID() ObjectID {
	kind := KindView
	if o.Materialized {
		kind = KindMaterializedView
	}
	return ObjectID{Kind: kind, Schema: o.Schema, Name: o.Name}
}

func (o Function) ID() ObjectID {
	kind := KindFunction
	if o.Procedure {
		kind = KindProcedure
	}
	return ObjectID{Kind: kind, Schema: o.Schema, Name: o.Name, Args: o.IdentityArgs}
}
func (o Aggregate) ID() ObjectID {
	return ObjectID{Kind: KindAggregate, Schema: o.Schema, Name: o.Name, Args: o.IdentityArgs}
}
func (o Operator) ID() ObjectID {
	return ObjectID{Kind: KindOperator, Schema: o.Schema, Name: o.Name, Args: operandOrNone(o.Left) + ", " + operandOrNone(o.Right)}
}

// operandOrNone writes a missing operand (prefix operators; postfix ones
// before PostgreSQL 14) as NONE, the way DROP OPERATOR spells it.
func operandOrNone(t string) string {
	if t == "" {
		return "NONE"
	}
	return t
}

func (o Cast) ID() ObjectID { return ObjectID{Kind: KindCast, Name: o.Source + " AS " + o.Target} }
func (o Trigger) ID() ObjectID {
	return ObjectID{Kind: KindTrigger, Schema: o.Schema, Table: o.Table, Name: o.Name}
}
func (o EventTrigger) ID() ObjectID { return ObjectID{Kind: KindEventTrigger, Name: o.Name} }
func (o Policy) ID() ObjectID {
	return ObjectID{Kind: KindPolicy, Schema: o.Schema, Table: o.Table, Name: o.Name}
}
func (o Rule) ID() ObjectID {
	return ObjectID{Kind: KindRule, Schema: o.Schema, Table: o.Table, Name: o.Name}
}
func (o Statistics) ID() ObjectID {
	return ObjectID{Kind: KindStatistics, Schema: o.Schema, Name: o.Name}
}
func (o TextSearchDictionary) ID() ObjectID {
	return ObjectID{Kind: KindTextSearchDict, Schema: o.Schema, Name: o.Name}
}
func (o TextSearchConfig) ID() ObjectID {
	return ObjectID{Kind: KindTextSearchConfig, Schema: o.Schema, Name: o.Name}
}
func (o Publication) ID() ObjectID { return ObjectID{Kind: KindPublication, Name: o.Name} }
func (o ForeignDataWrapper) ID() ObjectID {
	return ObjectID{Kind: KindForeignDataWrapper, Name: o.Name}
}
func (o ForeignServer) ID() ObjectID { return ObjectID{Kind: KindForeignServer, Name: o.Name} }
func (o DefaultPrivilege) ID() ObjectID {
	return ObjectID{Kind: KindDefaultPrivilege, Schema: o.Schema, Name: o.Role, Args: o.ObjectType}
}

// ColumnID is the identity of column name of relation schema.table.
func ColumnID(schema, table, name string) ObjectID {
	return ObjectID{Kind: KindColumn, Schema: schema, Table: table, Name: name}
}

// Each calls fn for every top-level object in the catalog, kind by kind in
// the order of the Catalog fields. Columns are reached through their tables
// and views (see Counts).
func (c *Catalog) Each(fn func(Object)) {
	for _, l := range catalogLists {
		l.each(c, fn)
	}
}

// EachID calls fn with the identity of every top-level object, in the
// order of Each. It copies no object into an interface, so it is the cheap
// way to walk a big catalog's identities.
func (c *Catalog) EachID(fn func(ObjectID)) {
	for _, l := range catalogLists {
		l.eachID(c, fn)
	}
}

// EachIDOfKind calls fn with the identity of each top-level object of
// kind k, in list order (identity order in a sorted catalog): EachID
// narrowed to one kind, without walking the other lists. Columns are not
// top-level objects.
func (c *Catalog) EachIDOfKind(k Kind, fn func(ObjectID)) {
	if l, ok := listOfKind[k]; ok {
		l.eachID(c, func(id ObjectID) {
			if id.Kind == k {
				fn(id)
			}
		})
	}
}

// KindList is the list of a Catalog that holds the top-level objects of
// some kind, read by place: for a reader that refers to objects by their
// place in it instead of copying their identities (the strata edges).
type KindList struct {
	c    *Catalog
	list objectList
}

// ListOf returns the list that holds objects of kind k; false for a kind
// that is not a top-level object (such as a column).
func (c *Catalog) ListOf(k Kind) (KindList, bool) {
	l, ok := listOfKind[k]
	return KindList{c: c, list: l}, ok
}

// Len is the number of objects in the list, of all the kinds it holds.
func (l KindList) Len() int { return l.list.length(l.c) }

// ID is the identity of the object at place i.
func (l KindList) ID(i int) ObjectID { return l.list.idAt(l.c, i) }

// Mixed reports whether the list holds objects of more than one kind.
func (l KindList) Mixed() bool { return len(l.list.kinds()) > 1 }

// Sorted reports whether the list is in identity order, no identity twice
// (as Sort and every decoded file leave it).
func (l KindList) Sorted() bool { return l.list.strictlySorted(l.c) }

// Counts returns the number of objects per kind, columns included (table,
// view and materialized-view columns all count as KindColumn). Kinds with no
// objects are absent.
func (c *Catalog) Counts() map[Kind]int {
	counts := map[Kind]int{}
	c.EachID(func(id ObjectID) { counts[id.Kind]++ })
	for _, t := range c.Tables {
		counts[KindColumn] += len(t.Columns)
	}
	for _, v := range c.Views {
		counts[KindColumn] += len(v.Columns)
	}
	return counts
}

// Sort puts every list in identity order (and each list nested in an object in
// its own canonical order), so that equal catalogs are equal values and encode
// to identical bytes. The reader calls it; so should anyone who builds a
// Catalog by hand. The dependency edges, the biggest list, are sorted on a
// second goroutine alongside the rest. Numbered edges are expanded first
// (see ExpandDependencies), as the lists they number may move.
func (c *Catalog) Sort() {
	c.ExpandDependencies()
	var edges sync.WaitGroup
	edges.Go(c.sortDependencies)
	for _, l := range catalogLists {
		l.sort(c)
	}
	sortCounts(c.NotModeled)
	sortCounts(c.NotReadable)
	edges.Wait()
}

func (c *Catalog) sortDependencies() {
	slices.SortFunc(c.Dependencies, func(a, b Dependency) int {
		if d := a.From.Compare(b.From); d != 0 {
			return d
		}
		if d := a.To.Compare(b.To); d != 0 {
			return d
		}
		return strings.Compare(a.Type, b.Type)
	})
	// One edge per pair: pg_depend may hold the same pair twice (once per
	// column used, or with two types); the smallest type letter stays.
	c.Dependencies = slices.CompactFunc(c.Dependencies, func(a, b Dependency) bool { return a.From == b.From && a.To == b.To })
}

// sortByID sorts objects by identity, unless they already are: a kind the
// reader sorted early (see reader.sortEarly), or one decoded from a file.
func sortByID[T Object](objects []T) {
	byID := func(a, b T) int { return a.ID().Compare(b.ID()) }
	if !slices.IsSortedFunc(objects, byID) {
		slices.SortFunc(objects, byID)
	}
}

func sortCounts(counts []CatalogCount) {
	slices.SortFunc(counts, func(a, b CatalogCount) int { return strings.Compare(a.Catalog, b.Catalog) })
}
