package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// A new partition created with CREATE TABLE … PARTITION OF gets copies of
// its parent's indexes (and of the indexes behind its keys) under names
// PostgreSQL chooses: table_columns_idx, table_pkey, table_columns_key. A
// partition whose indexes have other names (made before it was attached)
// is built as they were: a table of its own, its indexes and keys under
// their names, then ATTACH PARTITION, which adopts them.

// partitionBuiltAlone reports whether new partition t must be created as a
// table of its own and attached, because one of its copies of the
// parent's indexes has a name other than the one PostgreSQL would choose
// (or one this cannot tell). Generated and identity columns must come from
// the parent; such partitions are always created PARTITION OF.
func (p *planner) partitionBuiltAlone(t snapshot.Table) bool {
	for _, c := range t.Columns {
		if d := c.Details.OrZero(); d.Generated != "" || d.Identity != nil {
			return false
		}
	}
	for _, ix := range p.to.Indexes {
		if ix.Schema != t.Schema || ix.Table != t.Name || ix.PartitionOf == nil {
			continue
		}
		label, def := "idx", ix.Definition
		if ix.Constraint != "" {
			con, ok := findByID(p, p.to, snapshot.KindConstraint, p.to.Constraints,
				snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: t.Schema, Table: t.Name, Name: ix.Constraint})
			if !ok {
				return true
			}
			label, def = map[string]string{"p": "pkey", "u": "key", "x": "excl"}[con.Type], con.Definition
		}
		if ix.Name != defaultIndexName(t.Name, label, def) {
			return true
		}
	}
	return false
}

// defaultIndexName is the name PostgreSQL gives a partition's copy of an
// index (ChooseIndexName): the table's name, the key and INCLUDE columns
// (not for a primary key) and a label, or "" when this cannot tell (an
// expression, a name too long to keep whole).
func defaultIndexName(table, label, definition string) string {
	parts := []string{table}
	if label != "pkey" {
		cols := indexColumnNames(definition)
		if cols == nil {
			return ""
		}
		parts = append(parts, cols...)
	}
	name := strings.Join(append(parts, label), "_")
	if len(name) > maxNameBytes {
		return ""
	}
	return name
}

// indexColumnNames returns the column names of an index or key definition
// (the first parenthesized list, and an INCLUDE list), or nil when one is
// an expression.
func indexColumnNames(definition string) []string {
	var out []string
	rest := definition
	for range 2 {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			break
		}
		depth, end := 0, -1
		for i := open; i < len(rest) && end < 0; i++ {
			switch rest[i] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					end = i
				}
			}
		}
		if end < 0 {
			return nil
		}
		for _, elem := range strings.Split(rest[open+1:end], ", ") {
			name, ok := plainColumn(elem)
			if !ok {
				return nil
			}
			out = append(out, name)
		}
		rest = rest[end+1:]
		if !strings.HasPrefix(rest, " INCLUDE (") {
			break
		}
	}
	return out
}

// plainColumn returns the column an index element names ("a", "a DESC",
// "a text_pattern_ops", "\"A\" WITH &&"), or false for an expression.
func plainColumn(elem string) (string, bool) {
	if strings.HasPrefix(elem, `"`) {
		end := strings.IndexByte(elem[1:], '"') + 1 // the closing quote, unless it is doubled
		if end == 0 || end+1 < len(elem) && elem[end+1] != ' ' {
			return "", false
		}
		return elem[1:end], true
	}
	name, _, _ := strings.Cut(elem, " ")
	for i, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || i > 0 && (r >= '0' && r <= '9' || r == '$')) {
			return "", false
		}
	}
	return name, name != ""
}

// partitionAttach returns what follows the CREATE TABLE of new partition
// t built as a table of its own: its copies of the parent's indexes and
// keys under their names, then ATTACH PARTITION. The parent's indexes and
// keys come first, so that ATTACH adopts these rather than building more.
func (p *planner) partitionAttach(t snapshot.Table) planned {
	var out planned
	for _, ix := range p.to.Indexes {
		if ix.Schema != t.Schema || ix.Table != t.Name || ix.PartitionOf == nil {
			continue
		}
		parent := snapshot.ObjectID{Kind: snapshot.KindIndex, Schema: ix.PartitionOf.Schema, Name: ix.PartitionOf.Name}
		out.before(creating(parent), creating(t.ID()))
		if owner, ok := findByID(p, p.to, snapshot.KindIndex, p.to.Indexes, parent); ok && owner.Constraint != "" {
			key := snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: owner.Schema, Table: owner.Table, Name: owner.Constraint}
			out.before(creating(key), creating(t.ID()))
		}
		if ix.Constraint == "" {
			out.add(stmt(ActionCreate, ix.Definition))
			continue
		}
		con, _ := findByID(p, p.to, snapshot.KindConstraint, p.to.Constraints,
			snapshot.ObjectID{Kind: snapshot.KindConstraint, Schema: t.Schema, Table: t.Name, Name: ix.Constraint})
		out.add(stmt(ActionCreate, "ALTER TABLE "+qualified(t.Schema, t.Name)+" ADD CONSTRAINT "+ident(con.Name)+" "+con.Definition))
	}
	out.add(stmt(ActionAlter, "ALTER TABLE "+qualified(t.PartitionOf.Schema, t.PartitionOf.Name)+
		" ATTACH PARTITION "+qualified(t.Schema, t.Name)+" "+t.PartitionBound))
	return out
}
