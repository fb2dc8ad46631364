package show

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/diffengine"
	"github.com/pgstrata/pgstrata/internal/pattern"
	"github.com/pgstrata/pgstrata/snapshot"
)

// selection is Options compiled against one catalog. An object is
// selected when it passes every filter given (kind, schema, pattern), or
// when the object it belongs to does: a table's columns, constraints,
// indexes, triggers, rules, policies and extended statistics, and the
// sequences its columns own, come with the table (likewise for views and
// for a domain's constraints), and with them their comments and grants,
// which are statements about the same objects.
type selection struct {
	kinds      map[snapshot.Kind]bool // nil: every kind
	schemaKeep func(snapshot.ObjectID) bool
	patterns   []namePattern
	// parents maps the identity of an object that belongs to another to
	// that other's (see parentOf).
	parents map[snapshot.ObjectID]snapshot.ObjectID
	// relations finds a table, view or domain by name, for the parts
	// whose identity names their relation only by name.
	relations map[snapshot.QualifiedName]snapshot.ObjectID
}

// namePattern is one compiled pattern: schema is nil when the pattern has
// no schema part.
type namePattern struct {
	text         string
	schema, name *regexp.Regexp
}

func newSelection(cat *snapshot.Catalog, opts Options) (*selection, error) {
	s := &selection{}
	if len(opts.Kinds) > 0 {
		s.kinds = map[snapshot.Kind]bool{}
		for _, k := range opts.Kinds {
			if _, ok := snapshot.InfoOf(snapshot.Kind(k)); !ok {
				return nil, fmt.Errorf("--kind %q: not a kind (want one of %s)", k, kindNames())
			}
			s.kinds[snapshot.Kind(k)] = true
		}
	}
	keep, _, err := diffengine.SchemaFilter(diffengine.Options{Schemas: opts.Schemas, ExcludeSchemas: opts.ExcludeSchemas}, cat, cat)
	if err != nil {
		return nil, err
	}
	s.schemaKeep = keep
	for _, text := range opts.Patterns {
		p, err := compileNamePattern(text)
		if err != nil {
			return nil, err
		}
		s.patterns = append(s.patterns, p)
	}
	if s.all() {
		return s, nil
	}
	s.indexParents(cat)
	return s, s.checkPatterns(cat)
}

// kindNames lists the kinds --kind accepts, in pg_dump's order.
func kindNames() string {
	var names []string
	for _, k := range snapshot.Kinds() {
		names = append(names, string(k.Kind))
	}
	return strings.Join(names, ", ")
}

// compileNamePattern reads "name" or "schema.name"; a third part (psql's
// database.schema.name) is refused rather than matched against nothing.
func compileNamePattern(text string) (namePattern, error) {
	parts := pattern.Split(text)
	if len(parts) > 2 {
		return namePattern{}, fmt.Errorf(`pattern %q: too many dotted names (want name or schema.name; quote a dot that is part of a name: "a.b")`, text)
	}
	p := namePattern{text: text}
	var err error
	if p.name, err = pattern.Compile(parts[len(parts)-1]); err != nil {
		return namePattern{}, fmt.Errorf("pattern %q: %w", text, err)
	}
	if len(parts) == 2 {
		if p.schema, err = pattern.Compile(parts[0]); err != nil {
			return namePattern{}, fmt.Errorf("pattern %q: %w", text, err)
		}
	}
	return p, nil
}

func (p namePattern) match(id snapshot.ObjectID) bool {
	if p.schema != nil && (id.Schema == "" || !p.schema.MatchString(id.Schema)) {
		return false
	}
	return p.name.MatchString(id.Name)
}

// all reports whether the selection keeps everything.
func (s *selection) all() bool {
	return s.kinds == nil && s.schemaKeep == nil && len(s.patterns) == 0
}

// keeps reports whether a statement about id is shown.
func (s *selection) keeps(id snapshot.ObjectID) bool {
	if s.direct(id) {
		return true
	}
	parent, ok := s.parentOf(id)
	return ok && s.direct(parent)
}

// direct reports whether id itself passes every filter.
func (s *selection) direct(id snapshot.ObjectID) bool {
	if s.kinds != nil && !s.kinds[id.Kind] {
		return false
	}
	if s.schemaKeep != nil && !s.schemaKeep(id) {
		return false
	}
	return len(s.patterns) == 0 || slices.ContainsFunc(s.patterns, func(p namePattern) bool { return s.matches(p, id) })
}

// matches reports whether pattern p selects id by its own name. The parts
// named within their relation (columns, constraints, triggers, rules,
// policies) and default privileges (named by role) match by name only
// when --kind asks for their kind; otherwise "orders" would select every
// constraint called orders in passing.
func (s *selection) matches(p namePattern, id snapshot.ObjectID) bool {
	info, _ := snapshot.InfoOf(id.Kind)
	if (info.OfRelation || id.Kind == snapshot.KindDefaultPrivilege) && !s.kinds[id.Kind] {
		return false
	}
	return p.match(id)
}

// parentOf returns the object id belongs to, if any.
func (s *selection) parentOf(id snapshot.ObjectID) (snapshot.ObjectID, bool) {
	if info, _ := snapshot.InfoOf(id.Kind); info.OfRelation {
		parent, ok := s.relations[snapshot.QualifiedName{Schema: id.Schema, Name: id.Table}]
		return parent, ok
	}
	parent, ok := s.parents[id]
	return parent, ok
}

// indexParents records the relations by name, and the parents of the
// objects whose identity does not name theirs: indexes, extended
// statistics and owned sequences.
func (s *selection) indexParents(cat *snapshot.Catalog) {
	s.relations = relationsOf(cat)
	s.parents = map[snapshot.ObjectID]snapshot.ObjectID{}
	belongs := func(id snapshot.ObjectID, rel snapshot.QualifiedName) {
		if parent, ok := s.relations[rel]; ok {
			s.parents[id] = parent
		}
	}
	for _, i := range cat.Indexes {
		belongs(i.ID(), snapshot.QualifiedName{Schema: i.Schema, Name: i.Table})
	}
	for _, st := range cat.Statistics {
		belongs(st.ID(), st.Table)
	}
	for _, q := range cat.Sequences {
		if q.OwnedBy != nil {
			belongs(q.ID(), snapshot.QualifiedName{Schema: q.OwnedBy.Schema, Name: q.OwnedBy.Table})
		}
	}
}

// checkPatterns fails for a pattern that selects no object of the
// catalog, as pg_dump --strict-names does: a mistyped name would
// otherwise print nothing, which reads as "no such schema objects".
func (s *selection) checkPatterns(cat *snapshot.Catalog) error {
	for _, p := range s.patterns {
		found := false
		visit := func(id snapshot.ObjectID) {
			found = found || s.matches(p, id) && s.direct(id)
		}
		cat.EachID(visit)
		if !found && s.kinds[snapshot.KindColumn] {
			eachColumnID(cat, visit)
		}
		if !found {
			return fmt.Errorf("pattern %q matches no object%s", p.text, s.narrowedBy())
		}
	}
	return nil
}

// narrowedBy says which filters a pattern was checked under.
func (s *selection) narrowedBy() string {
	var by []string
	if s.kinds != nil {
		by = append(by, "--kind")
	}
	if s.schemaKeep != nil {
		by = append(by, "--schema")
	}
	if len(by) == 0 {
		return ""
	}
	return " (with " + strings.Join(by, " and ") + ")"
}

// eachColumnID calls fn with the identity of every column of every table
// and view.
func eachColumnID(cat *snapshot.Catalog, fn func(snapshot.ObjectID)) {
	for _, t := range cat.Tables {
		for _, c := range t.Columns {
			fn(snapshot.ColumnID(t.Schema, t.Name, c.Name))
		}
	}
	for _, v := range cat.Views {
		for _, c := range v.Columns {
			fn(snapshot.ColumnID(v.Schema, v.Name, c.Name))
		}
	}
}

// relationsOf finds the tables, views and domains of cat by name: the
// objects that parts (columns, constraints, triggers, …) name as their
// Table.
func relationsOf(cat *snapshot.Catalog) map[snapshot.QualifiedName]snapshot.ObjectID {
	out := make(map[snapshot.QualifiedName]snapshot.ObjectID, len(cat.Tables)+len(cat.Views)+len(cat.Domains))
	for _, t := range cat.Tables {
		out[snapshot.QualifiedName{Schema: t.Schema, Name: t.Name}] = t.ID()
	}
	for _, v := range cat.Views {
		out[snapshot.QualifiedName{Schema: v.Schema, Name: v.Name}] = v.ID()
	}
	for _, d := range cat.Domains {
		out[snapshot.QualifiedName{Schema: d.Schema, Name: d.Name}] = d.ID()
	}
	return out
}
