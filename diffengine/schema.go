package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

var schemaRules = &rules[snapshot.Schema]{
	objectKind: snapshot.KindSchema,
	list:       func(c *snapshot.Catalog) []snapshot.Schema { return c.Schemas },
	create: func(p *planner, s snapshot.Schema) []Statement {
		target := "SCHEMA " + ident(s.Name)
		out := []Statement{stmt(ActionCreate, "CREATE SCHEMA "+ident(s.Name))}
		out = append(out, commentOnCreate(target, s.Comment)...)
		return append(out, p.ownerAndGrants(snapshot.KindSchema, target, target, nil, s.Common)...)
	},
	drop: func(p *planner, s snapshot.Schema) []Statement {
		return []Statement{stmt(ActionDrop, "DROP SCHEMA "+ident(s.Name), p.dropHazards(s.ID(), false)...)}
	},
	alter: func(p *planner, from, to snapshot.Schema) ([]Statement, bool) {
		target := "SCHEMA " + ident(to.Name)
		out := commentChange(target, from.Comment, to.Comment)
		return append(out, p.ownerAndGrants(snapshot.KindSchema, target, target, &from.Common, to.Common)...), false
	},
}

var extensionRules = &rules[snapshot.Extension]{
	objectKind: snapshot.KindExtension,
	list:       func(c *snapshot.Catalog) []snapshot.Extension { return c.Extensions },
	create: func(p *planner, e snapshot.Extension) []Statement {
		sql := "CREATE EXTENSION IF NOT EXISTS " + ident(e.Name) + " WITH SCHEMA " + ident(e.Schema)
		if !p.opts.IgnoreExtensionVersions {
			sql += " VERSION " + literal(e.Version)
		}
		return []Statement{stmt(ActionCreate, sql)}
	},
	drop: func(p *planner, e snapshot.Extension) []Statement {
		return []Statement{stmt(ActionDrop, "DROP EXTENSION "+ident(e.Name), p.dropHazards(e.ID(), false)...)}
	},
	alter: func(p *planner, from, to snapshot.Extension) ([]Statement, bool) {
		var out []Statement
		if from.Schema != to.Schema {
			out = append(out, stmt(ActionAlter, "ALTER EXTENSION "+ident(to.Name)+" SET SCHEMA "+ident(to.Schema)))
		}
		if from.Version != to.Version && !p.opts.IgnoreExtensionVersions {
			out = append(out, stmt(ActionAlter, "ALTER EXTENSION "+ident(to.Name)+" UPDATE TO "+literal(to.Version)))
		}
		return append(out, commentChange("EXTENSION "+ident(to.Name), from.Comment, to.Comment)...), false
	},
}
