package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var publicationRules = &rules[snapshot.Publication]{
	objectKind: snapshot.KindPublication,
	list:       func(c *snapshot.Catalog) []snapshot.Publication { return c.Publications },
	create: plain(func(p *planner, pub snapshot.Publication) []Statement {
		sql := "CREATE PUBLICATION " + ident(pub.Name)
		if pub.AllTables {
			sql += " FOR ALL TABLES"
		} else if objects := publicationObjects(p.to, pub.Tables, pub.Schemas, true); objects != "" {
			sql += " FOR" + objects
		}
		// A new publication publishes everything, not via the root.
		if with := publicationOptions(pub, snapshot.Publication{Insert: true, Update: true, Delete: true, Truncate: true}); with != "" {
			sql += " WITH (" + with + ")"
		}
		out := []Statement{stmt(ActionCreate, sql)}
		out = append(out, commentOnCreate("PUBLICATION "+ident(pub.Name), pub.Comment)...)
		return append(out, publicationOwner(p, pub, "")...)
	}),
	drop: plain(func(p *planner, pub snapshot.Publication) []Statement {
		return []Statement{stmt(ActionDrop, "DROP PUBLICATION "+ident(pub.Name), p.dropHazards(pub.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Publication) ([]Statement, bool) {
		if from.AllTables != to.AllTables {
			return nil, true
		}
		alter := "ALTER PUBLICATION " + ident(to.Name)
		var out []Statement
		removed, added, changed := publicationTableChanges(from.Tables, to.Tables)
		droppedSchemas, addedSchemas := stringSetChanges(from.Schemas, to.Schemas)
		if changed {
			// A table's column list or row filter cannot be altered by
			// itself: SET gives the publication its whole new list at once.
			out = append(out, stmt(ActionAlter, alter+" SET"+publicationObjects(p.to, to.Tables, to.Schemas, true)))
		} else {
			// DROP TABLE takes a table out of its publications by itself.
			removed = slices.DeleteFunc(removed, func(t snapshot.PublicationTable) bool {
				return p.relationDropped(t.Table.Schema, t.Table.Name)
			})
			// DROP takes names only, without column lists or filters.
			if objects := publicationObjects(p.from, removed, droppedSchemas, false); objects != "" {
				out = append(out, stmt(ActionAlter, alter+" DROP"+objects))
			}
			if objects := publicationObjects(p.to, added, addedSchemas, true); objects != "" {
				out = append(out, stmt(ActionAlter, alter+" ADD"+objects))
			}
		}
		if with := publicationOptions(to, from); with != "" {
			out = append(out, stmt(ActionAlter, alter+" SET ("+with+")"))
		}
		out = append(out, commentChange("PUBLICATION "+ident(to.Name), from.Comment, to.Comment)...)
		return append(out, publicationOwner(p, to, from.Owner)...), false
	}),
}

// publicationObjects renders a publication's object list, " TABLE a, b (x)
// WHERE (…), TABLES IN SCHEMA s" (with its leading space), with column
// lists and row filters when full is set; a list with those gets one object
// per line instead. A table that has
// inheritance children is written ONLY t, because without ONLY its children
// join too, while the catalog lists each table published in its own right.
// c is the catalog the names are in.
func publicationObjects(c *snapshot.Catalog, tables []snapshot.PublicationTable, schemas []string, full bool) string {
	parents := map[snapshot.QualifiedName]bool{}
	for _, t := range c.Tables {
		for _, q := range t.Inherits {
			parents[q] = true
		}
	}
	var parts []string
	long := false
	for i, t := range tables {
		ref := qualified(t.Table.Schema, t.Table.Name)
		if parents[t.Table] {
			ref = "ONLY " + ref
		}
		if i == 0 {
			ref = "TABLE " + ref
		}
		long = long || full && (len(t.Columns) > 0 || t.RowFilter != "")
		if full && len(t.Columns) > 0 {
			cols := make([]string, len(t.Columns))
			for j, col := range t.Columns {
				cols[j] = ident(col)
			}
			ref += " (" + strings.Join(cols, ", ") + ")"
		}
		if full && t.RowFilter != "" {
			ref += " WHERE " + parenthesized(t.RowFilter)
		}
		parts = append(parts, ref)
	}
	for i, s := range schemas {
		if i == 0 {
			s = "TABLES IN SCHEMA " + ident(s)
		} else {
			s = ident(s)
		}
		parts = append(parts, s)
	}
	switch {
	case len(parts) == 0:
		return ""
	case long && len(parts) > 1:
		return "\n    " + strings.Join(parts, ",\n    ")
	}
	return " " + strings.Join(parts, ", ")
}

// publicationTableChanges compares two table lists: the tables only in
// from, those only in to, and whether a table in both changed its column
// list or row filter.
func publicationTableChanges(from, to []snapshot.PublicationTable) (removed, added []snapshot.PublicationTable, changed bool) {
	index := func(ts []snapshot.PublicationTable) map[snapshot.QualifiedName]snapshot.PublicationTable {
		m := map[snapshot.QualifiedName]snapshot.PublicationTable{}
		for _, t := range ts {
			m[t.Table] = t
		}
		return m
	}
	before, after := index(from), index(to)
	for _, t := range from {
		if _, ok := after[t.Table]; !ok {
			removed = append(removed, t)
		}
	}
	for _, t := range to {
		old, ok := before[t.Table]
		switch {
		case !ok:
			added = append(added, t)
		case !slices.Equal(old.Columns, t.Columns) || old.RowFilter != t.RowFilter:
			changed = true
		}
	}
	return removed, added, changed
}

// stringSetChanges returns the strings only in from and those only in to.
func stringSetChanges(from, to []string) (removed, added []string) {
	for _, s := range from {
		if !slices.Contains(to, s) {
			removed = append(removed, s)
		}
	}
	for _, s := range to {
		if !slices.Contains(from, s) {
			added = append(added, s)
		}
	}
	return removed, added
}

// publicationOptions renders the WITH (…) parameters of pub that differ
// from those of from.
func publicationOptions(pub, from snapshot.Publication) string {
	var opts []string
	if pub.Insert != from.Insert || pub.Update != from.Update || pub.Delete != from.Delete || pub.Truncate != from.Truncate {
		var ops []string
		for _, op := range []struct {
			on   bool
			name string
		}{{pub.Insert, "insert"}, {pub.Update, "update"}, {pub.Delete, "delete"}, {pub.Truncate, "truncate"}} {
			if op.on {
				ops = append(ops, op.name)
			}
		}
		opts = append(opts, "publish = "+literal(strings.Join(ops, ", ")))
	}
	if pub.ViaRoot != from.ViaRoot {
		opts = append(opts, "publish_via_partition_root = "+map[bool]string{true: "true", false: "false"}[pub.ViaRoot])
	}
	return strings.Join(opts, ", ")
}

// publicationOwner gives the publication its owner when privileges are
// compared; from is the current owner ("" for a new publication).
func publicationOwner(p *planner, pub snapshot.Publication, from string) []Statement {
	if !p.opts.WithPrivileges || pub.Owner == from {
		return nil
	}
	return []Statement{stmt(ActionGrant, "ALTER PUBLICATION "+ident(pub.Name)+" OWNER TO "+ident(pub.Owner))}
}
