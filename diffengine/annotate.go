package diffengine

import (
	"reflect"
	"regexp"
	"strings"

	"github.com/pgstrata/pgstrata/internal/jsonshape"
	"github.com/pgstrata/pgstrata/snapshot"
)

// annotate adds to each planned statement what a reviewer needs besides
// its SQL: the lock it takes and whether it scans or rewrites (locks.go),
// whether it changes who may do what, why it is there (the attributes that
// change, or the change that forced a re-creation). It runs once the plan
// is ordered and changes no SQL.
func (p *planner) annotate(statements []Statement) {
	changes := map[snapshot.ObjectID][]Change{}
	for i := range statements {
		s := &statements[i]
		p.annotateLock(s)
		p.annotateNewColumn(s)
		annotateAuthorization(s)
		if cause, ok := p.causes[s.ID]; ok {
			c := cause
			s.Cause = &c
			s.addHazard(hazard(HazardDependentRebuild, "re-created because %s changes", cause))
		}
		if s.Action == ActionAlter || s.Action == ActionReplace || s.Action == ActionGrant || s.Action == ActionComment {
			c, ok := changes[s.ID]
			if !ok {
				c = p.objectChanges(s.ID)
				changes[s.ID] = c
			}
			s.Changes = c
		}
	}
}

// noteCause records that id is re-created because cause changes (the
// first cause found stays).
func (p *planner) noteCause(id, cause snapshot.ObjectID) {
	if p.causes == nil {
		p.causes = map[snapshot.ObjectID]snapshot.ObjectID{}
	}
	if _, ok := p.causes[id]; !ok && id != cause {
		p.causes[id] = cause
	}
}

// authorizationRE matches the statements that change who can see or do
// what: grants, owners, policies, row-level security.
var authorizationRE = regexp.MustCompile(`^(?:GRANT |REVOKE |ALTER DEFAULT PRIVILEGES |(?:CREATE|ALTER|DROP) POLICY |ALTER .* OWNER TO |ALTER TABLE .* (?:ENABLE|DISABLE|FORCE|NO FORCE) ROW LEVEL SECURITY)`)

// mayChangeAuthorization is a cheap test that every statement
// authorizationRE matches passes, so that most statements skip the
// regular expression, which backtracks over the whole text of each (0.4 s
// of the 2.3 that pgstrata show of 10,000 tables took).
func mayChangeAuthorization(sql string) bool {
	switch {
	case strings.HasPrefix(sql, "GRANT "), strings.HasPrefix(sql, "REVOKE "):
		return true
	case strings.HasPrefix(sql, "ALTER "):
		return strings.HasPrefix(sql, "ALTER DEFAULT PRIVILEGES ") || strings.HasPrefix(sql, "ALTER POLICY ") ||
			strings.Contains(sql, " OWNER TO ") || strings.Contains(sql, " ROW LEVEL SECURITY")
	default:
		return strings.HasPrefix(sql, "CREATE POLICY ") || strings.HasPrefix(sql, "DROP POLICY ")
	}
}

// annotateAuthorization marks statements that change privileges, and
// functions created or replaced as SECURITY DEFINER.
func annotateAuthorization(s *Statement) {
	switch {
	case mayChangeAuthorization(s.SQL) && authorizationRE.MatchString(s.SQL):
		s.addHazard(hazard(HazardAuthorization, "changes who can see or do what on %s", s.ID))
	case (s.ID.Kind == snapshot.KindFunction || s.ID.Kind == snapshot.KindProcedure) &&
		strings.HasPrefix(s.SQL, "CREATE") && strings.Contains(s.SQL, "\n SECURITY DEFINER\n"):
		s.addHazard(hazard(HazardAuthorization, "%s runs with its owner's privileges (SECURITY DEFINER)", s.ID))
	}
}

// volatileBuiltins are built-in functions whose value changes per row: a
// column added with a default calling one is filled row by row, which
// rewrites the table. (A constant or stable default is stored once.)
var volatileBuiltins = []string{"nextval(", "random(", "gen_random_uuid(", "clock_timestamp(", "timeofday(",
	"uuid_generate_v1(", "uuid_generate_v1mc(", "uuid_generate_v4(", "setseed("}

// annotateNewColumn marks ADD COLUMN on an existing table as a rewrite
// when every row needs its own value: a volatile default, an identity, or
// a stored generated column.
func (p *planner) annotateNewColumn(s *Statement) {
	if s.Lock == nil || s.ID.Kind != snapshot.KindColumn || !strings.Contains(s.SQL, " ADD COLUMN ") {
		return
	}
	def := s.SQL[strings.Index(s.SQL, " ADD COLUMN "):]
	volatile := strings.Contains(def, " GENERATED ALWAYS AS (") || strings.Contains(def, " AS IDENTITY")
	if i := strings.Index(def, " DEFAULT "); i >= 0 && !volatile {
		expr := def[i:]
		for _, call := range p.volatileCalls() {
			volatile = volatile || strings.Contains(expr, call)
		}
	}
	if volatile {
		s.Rewrites = true
		s.addHazard(hazard(HazardTableRewrite, "every row gets a value of its own: writes a new copy of %s", s.Lock.Relation))
	}
}

// volatileCalls returns the calls of the target's volatile functions as a
// default would write them ("app.f("), worked out once per plan.
func (p *planner) volatileCalls() []string {
	if p.volatile == nil {
		p.volatile = append([]string{}, volatileBuiltins...)
		for _, f := range p.to.Functions {
			if f.Volatility == "v" {
				p.volatile = append(p.volatile, qualified(f.Schema, f.Name)+"(")
			}
		}
	}
	return p.volatile
}

// objectChanges lists the attributes of object id that differ between the
// source and the target (nil when it is not in both).
func (p *planner) objectChanges(id snapshot.ObjectID) []Change {
	var from, to any
	var ok1, ok2 bool
	if id.Kind == snapshot.KindColumn {
		from, ok1 = p.sourceColumn(id)
		to, ok2 = p.columnIn(p.to, id)
	} else if k, ok := differByKind[id.Kind]; ok {
		from, ok1 = k.lookup(p, p.from, id)
		to, ok2 = k.lookup(p, p.to, id)
	}
	if !ok1 || !ok2 {
		return nil
	}
	var out []Change
	diffFields(reflect.ValueOf(from), reflect.ValueOf(to), "", &out)
	return out
}

// columnIn finds a column of catalog c's tables by identity.
func (p *planner) columnIn(c *snapshot.Catalog, id snapshot.ObjectID) (snapshot.Column, bool) {
	rel := p.relations(c).of(id)
	if rel.Kind != snapshot.KindTable && rel.Kind != snapshot.KindForeignTable {
		return snapshot.Column{}, false
	}
	t, ok := findByID(p, c, snapshot.KindTable, c.Tables, rel)
	if !ok {
		return snapshot.Column{}, false
	}
	for _, col := range t.Columns {
		if col.Name == id.Name {
			return col, true
		}
	}
	return snapshot.Column{}, false
}

// diffFields appends a Change for each field of the structs a and b that
// differs, descending into embedded and pointed-to structs (Common,
// Details); other values are written as JSON, strings as they are.
func diffFields(a, b reflect.Value, prefix string, out *[]Change) {
	for a.Kind() == reflect.Pointer || b.Kind() == reflect.Pointer {
		if a.Kind() == reflect.Pointer {
			if a.IsNil() {
				a = reflect.New(a.Type().Elem()).Elem()
			} else {
				a = a.Elem()
			}
		}
		if b.Kind() == reflect.Pointer {
			if b.IsNil() {
				b = reflect.New(b.Type().Elem()).Elem()
			} else {
				b = b.Elem()
			}
		}
	}
	t := a.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		av, bv := a.Field(i), b.Field(i)
		if reflect.DeepEqual(av.Interface(), bv.Interface()) {
			continue
		}
		name := prefix + jsonshape.SnakeCase(f.Name)
		switch {
		case f.Anonymous || f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct && f.Name == "Details":
			diffFields(av, bv, prefix, out)
		default:
			*out = append(*out, Change{Attribute: name, From: render(av), To: render(bv)})
		}
	}
}
