package diffengine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var schemaRules = &rules[snapshot.Schema]{
	objectKind: snapshot.KindSchema,
	list:       func(c *snapshot.Catalog) []snapshot.Schema { return c.Schemas },
	create: plain(func(p *planner, s snapshot.Schema) []Statement {
		target := "SCHEMA " + ident(s.Name)
		out := []Statement{stmt(ActionCreate, "CREATE SCHEMA "+ident(s.Name))}
		out = append(out, commentOnCreate(target, s.Comment)...)
		return append(out, p.ownerAndGrants(s.ID(), target, target, nil, s.Common)...)
	}),
	drop: plain(func(p *planner, s snapshot.Schema) []Statement {
		return []Statement{stmt(ActionDrop, "DROP SCHEMA "+ident(s.Name), p.dropHazards(s.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Schema) ([]Statement, bool) {
		target := "SCHEMA " + ident(to.Name)
		out := commentChange(target, from.Comment, to.Comment)
		return append(out, p.ownerAndGrants(to.ID(), target, target, &from.Common, to.Common)...), false
	}),
}

var extensionRules = &rules[snapshot.Extension]{
	objectKind: snapshot.KindExtension,
	list:       func(c *snapshot.Catalog) []snapshot.Extension { return c.Extensions },
	create: func(p *planner, e snapshot.Extension) planned {
		sql := "CREATE EXTENSION IF NOT EXISTS " + ident(e.Name) + " WITH SCHEMA " + ident(e.Schema)
		var out planned
		switch {
		case p.opts.IgnoreExtensionVersions:
		case p.crossMajor:
			// Each major ships its own versions: the target's may not
			// exist on the source's server, whose default is taken.
			out.warn(fmt.Sprintf("extension %s is created at the default version of the source's server (the target has %s, on another major)", e.Name, e.Version))
		default:
			sql += " VERSION " + literal(e.Version)
		}
		out.add(stmt(ActionCreate, sql))
		return out
	},
	drop: plain(func(p *planner, e snapshot.Extension) []Statement {
		return []Statement{stmt(ActionDrop, "DROP EXTENSION "+ident(e.Name), p.dropHazards(e.ID(), false)...)}
	}),
	alter: func(p *planner, from, to snapshot.Extension) (planned, bool) {
		var out planned
		if from.Schema != to.Schema {
			out.add(stmt(ActionAlter, "ALTER EXTENSION "+ident(to.Name)+" SET SCHEMA "+ident(to.Schema)))
		}
		if from.Version != to.Version && !p.opts.IgnoreExtensionVersions {
			out.include(extensionUpdate(from, to))
		}
		out.add(commentChange("EXTENSION "+ident(to.Name), from.Comment, to.Comment)...)
		return out, false
	},
}

// extensionUpdate changes an extension's version. The source's snapshot
// says which versions its server can update to; when the wanted one is not
// among them, the statement would fail there, so it carries the
// no_update_path hazard (withheld without --unsafe) and the plan says why.
func extensionUpdate(from, to snapshot.Extension) planned {
	s := stmt(ActionAlter, "ALTER EXTENSION "+ident(to.Name)+" UPDATE TO "+literal(to.Version),
		hazard(HazardExtensionChange, "runs the update scripts of %s from version %s to %s", to.Name, from.Version, to.Version))
	if !from.UpdatesKnown || slices.Contains(from.UpdateTargets, to.Version) {
		return only(s)
	}
	offers := "no update at all"
	if len(from.UpdateTargets) > 0 {
		offers = "updates to " + strings.Join(from.UpdateTargets, ", ")
	}
	s.addHazard(hazard(HazardNoUpdatePath, "the source's server has no update path from version %s to %s (it offers %s)", from.Version, to.Version, offers))
	out := only(s)
	out.warn(fmt.Sprintf(
		"extension %s: the source's server has no update path from version %s to %s (it offers %s); "+
			"install the extension's update scripts there, or pass --ignore-extension-versions",
		to.Name, from.Version, to.Version, offers))
	return out
}
