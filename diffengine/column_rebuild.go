package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// rebuildColumnExpression re-creates the expression of a column that stays
// as it is but whose default or generation expression names an object being
// replaced (a text search configuration, a function): PostgreSQL refuses to
// drop that object while the expression needs it. A default is dropped
// before and set again after. A stored generated column is dropped and
// added again, which recomputes its values from the other columns (it
// goes to the end of the table), and with it the indexes and constraints
// of its table that use it, which DROP COLUMN takes along. It returns the
// objects it re-creates, for the cascade to follow their dependents too;
// ok is false when the column is not one it handles (it is changed anyway,
// or goes with its table).
func (p *planner) rebuildColumnExpression(id snapshot.ObjectID) (rebuilt []snapshot.ObjectID, ok bool) {
	if id.Kind != snapshot.KindColumn || p.has(id, phaseDrop) || p.has(id, phaseCreate) || p.dropsWithAncestor(id.Schema, id.Table) {
		return nil, false
	}
	col, table, found := p.targetColumn(id)
	before, existed := p.sourceColumn(id)
	if !found || !existed || !equalColumns(before, col) || col.Default == "" || col.Details.OrZero().Identity != nil {
		return nil, false
	}
	alter := "ALTER " + tableKeyword(table) + qualified(table.Schema, table.Name) + " "
	if col.Details.OrZero().Generated == "" {
		target := alter + "ALTER COLUMN " + ident(col.Name)
		p.add(id, phaseDrop, stmt(ActionAlter, target+" DROP DEFAULT"))
		p.add(id, phaseCreate, stmt(ActionAlter, target+" SET DEFAULT "+col.Default))
		p.replaced[id] = true
		return []snapshot.ObjectID{id}, true
	}
	p.add(id, phaseDrop, stmt(ActionDrop, alter+"DROP COLUMN "+ident(col.Name)))
	add := []Statement{stmt(ActionCreate, alter+"ADD COLUMN "+columnDefinition(table, col))}
	add = append(add, columnSettings(alter, col, snapshot.Column{})...)
	add = append(add, commentOnCreate("COLUMN "+qualified(table.Schema, table.Name)+"."+ident(col.Name), col.Details.OrZero().Comment)...)
	if p.opts.WithPrivileges {
		add = append(add, grantChanges(tableKeyword(table)+qualified(table.Schema, table.Name), "("+ident(col.Name)+")", nil, col.Details.OrZero().ACL)...)
	}
	p.add(id, phaseCreate, add...)
	p.replaced[id] = true
	rebuilt = append(rebuilt, id)
	// The snapshot keeps no edges from an index or constraint to the
	// columns of its own table (they are implied): find the users in
	// their definitions.
	for _, ix := range p.from.Indexes {
		if ix.Schema == id.Schema && ix.Table == id.Table && ix.Constraint == "" && mentionsName(ix.Definition, col.Name) && indexRules.rebuild(p, ix.ID()) {
			rebuilt = append(rebuilt, ix.ID())
		}
	}
	for _, con := range p.from.Constraints {
		if con.Schema == id.Schema && con.Table == id.Table && mentionsName(con.Definition, col.Name) && constraintRules.rebuild(p, con.ID()) {
			rebuilt = append(rebuilt, con.ID())
		}
	}
	return rebuilt, true
}

// dropsWithAncestor reports whether the table goes away (or is re-created),
// by itself or with a partitioned table it is a partition of (at any
// level).
func (p *planner) dropsWithAncestor(schema, name string) bool {
	for range 64 { // partition trees are shallow; a cycle in a damaged file stops here
		if p.relationDropped(schema, name) {
			return true
		}
		i := slices.IndexFunc(p.from.Tables, func(t snapshot.Table) bool { return t.Schema == schema && t.Name == name })
		if i < 0 || p.from.Tables[i].PartitionOf == nil {
			return false
		}
		schema, name = p.from.Tables[i].PartitionOf.Schema, p.from.Tables[i].PartitionOf.Name
	}
	return false
}

// mentionsName reports whether the SQL text def has an identifier token
// naming name: bare words compare case-folded, quoted identifiers exactly;
// string literals are skipped. It may see a name that is not the column
// (a function of the same name), which costs a needless re-creation only.
func mentionsName(def, name string) bool {
	for i := 0; i < len(def); {
		ch := def[i]
		switch {
		case ch == '\'':
			i = skipQuoted(def, i, '\'')
		case ch == '"':
			end := skipQuoted(def, i, '"')
			if strings.ReplaceAll(def[i+1:end-1], `""`, `"`) == name {
				return true
			}
			i = end
		case isWordByte(ch):
			start := i
			for i < len(def) && isWordByte(def[i]) {
				i++
			}
			if strings.ToLower(def[start:i]) == name {
				return true
			}
		default:
			i++
		}
	}
	return false
}

// skipQuoted returns the index after the quoted run starting at start
// (doubled quotes stay inside), or len(s) when it does not end.
func skipQuoted(s string, start int, quote byte) int {
	for i := start + 1; i < len(s); i++ {
		if s[i] == quote {
			if i+1 < len(s) && s[i+1] == quote {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(s)
}

func isWordByte(ch byte) bool {
	return ch == '_' || ch == '$' || ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= 0x80
}
