package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var viewRules = &rules[snapshot.View]{
	objectKind: snapshot.KindView,
	extraKinds: []snapshot.Kind{snapshot.KindMaterializedView},
	list:       func(c *snapshot.Catalog) []snapshot.View { return c.Views },
	create: func(p *planner, v snapshot.View) planned {
		create := stmt(ActionCreate, viewDefinition(v, false))
		out := planned{warnings: p.createdMaterializedView(v, &create)}
		out.add(create)
		out.add(viewExtras(p, v, nil)...)
		return out
	},
	// Dropping a materialized view loses its contents, even to create it
	// again: they are recomputed (see matview.go).
	drop: plain(func(p *planner, v snapshot.View) []Statement {
		return []Statement{stmt(ActionDrop, "DROP "+viewKeyword(v)+qualified(v.Schema, v.Name), p.dropHazards(v.ID(), v.Materialized)...)}
	}),
	alter: func(p *planner, from, to snapshot.View) (planned, bool) {
		if from.Materialized {
			return alterMaterializedView(p, from, to)
		}
		if from.Definition != to.Definition && !columnsExtend(from.Columns, to.Columns) {
			return planned{}, true
		}
		var out planned
		if from.Definition != to.Definition || strings.Join(from.Options, ",") != strings.Join(to.Options, ",") {
			out.add(Statement{SQL: viewDefinition(to, true) + ";", Action: ActionReplace})
		}
		out.add(viewExtras(p, to, &from)...)
		return out, false
	},
}

func viewKeyword(v snapshot.View) string {
	if v.Materialized {
		return "MATERIALIZED VIEW "
	}
	return "VIEW "
}

func viewDefinition(v snapshot.View, orReplace bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if orReplace {
		b.WriteString("OR REPLACE ")
	}
	b.WriteString(viewKeyword(v) + qualified(v.Schema, v.Name))
	if v.AccessMethod != "" {
		b.WriteString(" USING " + ident(v.AccessMethod))
	}
	if len(v.Options) > 0 {
		b.WriteString(" WITH (" + storageOptionList(v.Options) + ")")
	}
	b.WriteString(" AS\n" + strings.TrimSuffix(strings.TrimRight(v.Definition, "\n "), ";"))
	if v.Materialized && !v.Populated {
		b.WriteString("\nWITH NO DATA")
	}
	return b.String()
}

// columnsExtend reports whether CREATE OR REPLACE VIEW can turn a view with
// columns old into one with columns new: the old columns must stay, with
// their names and types, in order; new ones may only be appended.
func columnsExtend(old, new []snapshot.Column) bool {
	if len(new) < len(old) {
		return false
	}
	for i := range old {
		if old[i].Name != new[i].Name || old[i].Type != new[i].Type ||
			old[i].Details.OrZero().Collation != new[i].Details.OrZero().Collation {
			return false
		}
	}
	return true
}

// viewExtras sets column defaults, comments and privileges of a view.
// Column privileges come after the view's own: a REVOKE on the view takes
// the privilege off its columns too (see columnsAfterTableGrants).
func viewExtras(p *planner, v snapshot.View, from *snapshot.View) []Statement {
	name := qualified(v.Schema, v.Name)
	old := map[string]snapshot.Column{}
	if from != nil {
		for _, c := range p.columnsAfterTableGrants(from.Columns, from.Common, v.Common) {
			old[c.Name] = c
		}
	}
	var out, grants []Statement
	for _, c := range v.Columns {
		before := old[c.Name]
		if v.Materialized && from == nil {
			// Set in place by alterMaterializedView otherwise.
			out = append(out, columnSettings("ALTER MATERIALIZED VIEW "+name, c, snapshot.Column{})...)
		}
		was, is := before.Details.OrZero(), c.Details.OrZero()
		if c.Default != before.Default {
			clause := " DROP DEFAULT"
			if c.Default != "" {
				clause = " SET DEFAULT " + c.Default
			}
			out = append(out, stmt(ActionAlter, "ALTER "+viewKeyword(v)+name+" ALTER COLUMN "+ident(c.Name)+clause))
		}
		out = append(out, commentChange("COLUMN "+name+"."+ident(c.Name), was.Comment, is.Comment)...)
		switch {
		case from == nil:
			grants = append(grants, p.createdColumnGrants(v.ID(), "TABLE "+name, c.Name, is.ACL)...)
		case p.opts.WithPrivileges:
			grants = append(grants, grantChanges("TABLE "+name, "("+ident(c.Name)+")", was.ACL, is.ACL)...)
		}
	}
	var fromComment string
	var fromCommon *snapshot.Common
	if from != nil {
		fromComment, fromCommon = from.Comment, &from.Common
	}
	out = append(out, commentChange(viewKeyword(v)+name, fromComment, v.Comment)...)
	out = append(out, p.ownerAndGrants(v.ID(), viewKeyword(v)+name, "TABLE "+name, fromCommon, v.Common)...)
	return append(out, grants...)
}
