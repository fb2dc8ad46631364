package snapshot

import (
	"reflect"
	"slices"

	"github.com/pgstrata/pgstrata/internal/mergejoin"
)

// This file is the registry of kinds: what the model knows about each kind
// of object, and which Catalog list holds it. Walking, sorting, counting
// and filtering a catalog go through it, and so do the per-kind facts the
// planner needs (privileges, pg_dump's order). Adding a kind means a line
// in each table below; TestKindRegistry fails when one is missing.

// KindInfo is what the model says about one kind of object.
type KindInfo struct {
	Kind Kind
	// InSchema is set when objects of the kind live in a schema, named by
	// ObjectID.Schema. (Default privileges may be global: not set.)
	InSchema bool
	// OfRelation is set for sub-objects of a table or view (or domain),
	// named by ObjectID.Table.
	OfRelation bool
	// OwnerPrivileges and PublicPrivileges are what acldefault() gives the
	// owner and PUBLIC (aclitem letters) before any GRANT or REVOKE; both
	// empty for kinds without privileges. Tables gain MAINTAIN ("m") from
	// PostgreSQL 17 on, which callers add by version.
	OwnerPrivileges, PublicPrivileges string
	// DefaultACLType is the object type letter of pg_default_acl for the
	// kinds ALTER DEFAULT PRIVILEGES applies to (r S f T n), else "".
	DefaultACLType string
	// DumpRank orders kinds as pg_dump does; plans use it when nothing
	// else orders two statements (drops in reverse).
	DumpRank int
}

// kindTable lists every kind the model captures, columns included.
var kindTable = []KindInfo{
	{Kind: KindSchema, OwnerPrivileges: "UC", DefaultACLType: "n", DumpRank: 0},
	{Kind: KindExtension, DumpRank: 1},
	{Kind: KindLanguage, OwnerPrivileges: "U", PublicPrivileges: "U", DumpRank: 2},
	{Kind: KindCollation, InSchema: true, DumpRank: 3},
	{Kind: KindEnum, InSchema: true, OwnerPrivileges: "U", PublicPrivileges: "U", DefaultACLType: "T", DumpRank: 4},
	{Kind: KindDomain, InSchema: true, OwnerPrivileges: "U", PublicPrivileges: "U", DefaultACLType: "T", DumpRank: 5},
	{Kind: KindCompositeType, InSchema: true, OwnerPrivileges: "U", PublicPrivileges: "U", DefaultACLType: "T", DumpRank: 6},
	{Kind: KindRangeType, InSchema: true, OwnerPrivileges: "U", PublicPrivileges: "U", DefaultACLType: "T", DumpRank: 7},
	{Kind: KindFunction, InSchema: true, OwnerPrivileges: "X", PublicPrivileges: "X", DefaultACLType: "f", DumpRank: 8},
	{Kind: KindProcedure, InSchema: true, OwnerPrivileges: "X", PublicPrivileges: "X", DefaultACLType: "f", DumpRank: 8},
	{Kind: KindAggregate, InSchema: true, OwnerPrivileges: "X", PublicPrivileges: "X", DefaultACLType: "f", DumpRank: 9},
	{Kind: KindOperator, InSchema: true, DumpRank: 10},
	{Kind: KindCast, DumpRank: 11},
	// Text search objects come after casts, as in pg_dump; edges order a
	// configuration after its dictionaries.
	{Kind: KindTextSearchDict, InSchema: true, DumpRank: 11},
	{Kind: KindTextSearchConfig, InSchema: true, DumpRank: 11},
	{Kind: KindSequence, InSchema: true, OwnerPrivileges: "rwU", DefaultACLType: "S", DumpRank: 12},
	{Kind: KindForeignDataWrapper, OwnerPrivileges: "U", DumpRank: 13},
	{Kind: KindForeignServer, OwnerPrivileges: "U", DumpRank: 14},
	{Kind: KindTable, InSchema: true, OwnerPrivileges: "arwdDxt", DefaultACLType: "r", DumpRank: 15},
	{Kind: KindForeignTable, InSchema: true, OwnerPrivileges: "arwdDxt", DefaultACLType: "r", DumpRank: 15},
	{Kind: KindColumn, InSchema: true, OfRelation: true, DumpRank: 16},
	{Kind: KindConstraint, InSchema: true, OfRelation: true, DumpRank: 17},
	{Kind: KindIndex, InSchema: true, DumpRank: 18},
	{Kind: KindView, InSchema: true, OwnerPrivileges: "arwdDxt", DefaultACLType: "r", DumpRank: 19},
	{Kind: KindMaterializedView, InSchema: true, OwnerPrivileges: "arwdDxt", DefaultACLType: "r", DumpRank: 20},
	{Kind: KindTrigger, InSchema: true, OfRelation: true, DumpRank: 21},
	{Kind: KindRule, InSchema: true, OfRelation: true, DumpRank: 22},
	{Kind: KindPolicy, InSchema: true, OfRelation: true, DumpRank: 23},
	{Kind: KindStatistics, InSchema: true, DumpRank: 24},
	{Kind: KindPublication, DumpRank: 25},
	{Kind: KindEventTrigger, DumpRank: 26},
	{Kind: KindDefaultPrivilege, DumpRank: 27},
}

// kindIndex finds a kind's entry in kindTable.
var kindIndex = func() map[Kind]int {
	m := make(map[Kind]int, len(kindTable))
	for i, k := range kindTable {
		m[k.Kind] = i
	}
	return m
}()

// Kinds returns every kind the model captures, in pg_dump's order.
func Kinds() []KindInfo { return slices.Clone(kindTable) }

// InfoOf returns what the model says about kind k; ok is false for a kind
// it does not know (one read from a forged file).
func InfoOf(k Kind) (info KindInfo, ok bool) {
	i, ok := kindIndex[k]
	if !ok {
		return KindInfo{}, false
	}
	return kindTable[i], true
}

// objectList is one list of top-level objects of a Catalog.
type objectList interface {
	// kinds are the kinds its objects have.
	kinds() []Kind
	// field returns a pointer to the list in c, as any (for the
	// registry's test, which matches it to a Catalog field).
	field(c *Catalog) any
	length(c *Catalog) int
	each(c *Catalog, fn func(Object))
	eachID(c *Catalog, fn func(ObjectID))
	idAt(c *Catalog, i int) ObjectID
	// find binary-searches the (sorted) list for id (see Catalog.Find);
	// has does too, without copying the object.
	find(c *Catalog, id ObjectID) (Object, bool)
	has(c *Catalog, id ObjectID) bool
	seek(c *Catalog, id ObjectID, at int) (int, bool)
	// strictlySorted reports whether the list is in identity order with
	// no identity twice.
	strictlySorted(c *Catalog) bool
	sort(c *Catalog)
	// filter sets dst's list to the objects of src's that keep keeps.
	filter(dst, src *Catalog, keep func(ObjectID) bool)
	// compare calls fn for each object of a's list or b's that is not in
	// the other or differs (see Catalog.Compare).
	compare(a, b *Catalog, fn func(id ObjectID, from, to Object))
}

type list[T Object] struct {
	of        func(*Catalog) *[]T
	kindsHeld []Kind
}

func listOf[T Object](of func(*Catalog) *[]T, kinds ...Kind) objectList {
	return list[T]{of: of, kindsHeld: kinds}
}

func (l list[T]) kinds() []Kind         { return l.kindsHeld }
func (l list[T]) field(c *Catalog) any  { return l.of(c) }
func (l list[T]) length(c *Catalog) int { return len(*l.of(c)) }
func (l list[T]) sort(c *Catalog)       { sortByID(*l.of(c)) }

func (l list[T]) each(c *Catalog, fn func(Object)) {
	for _, o := range *l.of(c) {
		fn(o)
	}
}

func (l list[T]) idAt(c *Catalog, i int) ObjectID { return (*l.of(c))[i].ID() }

func (l list[T]) eachID(c *Catalog, fn func(ObjectID)) {
	objects := *l.of(c)
	for i := range objects {
		fn(objects[i].ID())
	}
}

func (l list[T]) filter(dst, src *Catalog, keep func(ObjectID) bool) {
	*l.of(dst) = slices.DeleteFunc(slices.Clone(*l.of(src)), func(o T) bool { return !keep(o.ID()) })
}

func (l list[T]) compare(a, b *Catalog, fn func(id ObjectID, from, to Object)) {
	before, after := *l.of(a), *l.of(b)
	mergejoin.Each(len(before), len(after), func(i, j int) int {
		return before[i].ID().Compare(after[j].ID())
	}, func(i, j int) {
		switch {
		case j < 0:
			fn(before[i].ID(), before[i], nil)
		case i < 0:
			fn(after[j].ID(), nil, after[j])
		// Pointers: boxing every object to compare it would copy it.
		case !reflect.DeepEqual(&before[i], &after[j]):
			fn(after[j].ID(), before[i], after[j])
		}
	})
}

// catalogLists are the Catalog's lists of top-level objects, in the order
// of its fields. Columns are not among them: they live in their tables
// and views.
var catalogLists = []objectList{
	listOf(func(c *Catalog) *[]Schema { return &c.Schemas }, KindSchema),
	listOf(func(c *Catalog) *[]Extension { return &c.Extensions }, KindExtension),
	listOf(func(c *Catalog) *[]Language { return &c.Languages }, KindLanguage),
	listOf(func(c *Catalog) *[]Collation { return &c.Collations }, KindCollation),
	listOf(func(c *Catalog) *[]Enum { return &c.Enums }, KindEnum),
	listOf(func(c *Catalog) *[]Domain { return &c.Domains }, KindDomain),
	listOf(func(c *Catalog) *[]CompositeType { return &c.CompositeTypes }, KindCompositeType),
	listOf(func(c *Catalog) *[]RangeType { return &c.RangeTypes }, KindRangeType),
	listOf(func(c *Catalog) *[]Sequence { return &c.Sequences }, KindSequence),
	listOf(func(c *Catalog) *[]Table { return &c.Tables }, KindTable, KindForeignTable),
	listOf(func(c *Catalog) *[]Constraint { return &c.Constraints }, KindConstraint),
	listOf(func(c *Catalog) *[]Index { return &c.Indexes }, KindIndex),
	listOf(func(c *Catalog) *[]View { return &c.Views }, KindView, KindMaterializedView),
	listOf(func(c *Catalog) *[]Function { return &c.Functions }, KindFunction, KindProcedure),
	listOf(func(c *Catalog) *[]Aggregate { return &c.Aggregates }, KindAggregate),
	listOf(func(c *Catalog) *[]Operator { return &c.Operators }, KindOperator),
	listOf(func(c *Catalog) *[]Cast { return &c.Casts }, KindCast),
	listOf(func(c *Catalog) *[]Trigger { return &c.Triggers }, KindTrigger),
	listOf(func(c *Catalog) *[]EventTrigger { return &c.EventTriggers }, KindEventTrigger),
	listOf(func(c *Catalog) *[]Policy { return &c.Policies }, KindPolicy),
	listOf(func(c *Catalog) *[]Rule { return &c.Rules }, KindRule),
	listOf(func(c *Catalog) *[]Statistics { return &c.Statistics }, KindStatistics),
	listOf(func(c *Catalog) *[]TextSearchDictionary { return &c.TextSearchDicts }, KindTextSearchDict),
	listOf(func(c *Catalog) *[]TextSearchConfig { return &c.TextSearchConfigs }, KindTextSearchConfig),
	listOf(func(c *Catalog) *[]Publication { return &c.Publications }, KindPublication),
	listOf(func(c *Catalog) *[]ForeignDataWrapper { return &c.ForeignDataWrappers }, KindForeignDataWrapper),
	listOf(func(c *Catalog) *[]ForeignServer { return &c.ForeignServers }, KindForeignServer),
	listOf(func(c *Catalog) *[]DefaultPrivilege { return &c.DefaultPrivileges }, KindDefaultPrivilege),
}

// Compare calls fn, in list order and, within a list, in identity order,
// for each object that is only in c (to is nil), only in other (from is
// nil), or in both but different. Both catalogs must be sorted
// (Catalog.Sort; a decoded file is). Only the objects reported are copied.
func (c *Catalog) Compare(other *Catalog, fn func(id ObjectID, from, to Object)) {
	for _, l := range catalogLists {
		l.compare(c, other, fn)
	}
}

// Filter returns a copy of c with only the objects keep keeps, and the
// dependency edges between two kept objects. Columns go with their
// tables and views. c is not modified.
func (c *Catalog) Filter(keep func(ObjectID) bool) *Catalog {
	out := *c
	for _, l := range catalogLists {
		l.filter(&out, c, keep)
	}
	// The copy's lists are not the ones numbered edges number: its edges
	// are identities.
	out.Dependencies, out.numbered = nil, nil
	for _, d := range c.AllDependencies() {
		if keep(d.From) && keep(d.To) {
			out.Dependencies = append(out.Dependencies, d)
		}
	}
	return &out
}
