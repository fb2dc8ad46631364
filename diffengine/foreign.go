package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var foreignDataWrapperRules = &rules[snapshot.ForeignDataWrapper]{
	objectKind: snapshot.KindForeignDataWrapper,
	list:       func(c *snapshot.Catalog) []snapshot.ForeignDataWrapper { return c.ForeignDataWrappers },
	create: plain(func(p *planner, w snapshot.ForeignDataWrapper) []Statement {
		target := "FOREIGN DATA WRAPPER " + ident(w.Name)
		sql := "CREATE " + target
		if w.Handler != "" {
			sql += " HANDLER " + w.Handler
		}
		if w.Validator != "" {
			sql += " VALIDATOR " + w.Validator
		}
		if len(w.Options) > 0 {
			sql += " OPTIONS (" + genericOptions(w.Options) + ")"
		}
		out := []Statement{stmt(ActionCreate, sql)}
		out = append(out, commentOnCreate(target, w.Comment)...)
		return append(out, p.ownerAndGrants(w.ID(), target, target, nil, w.Common)...)
	}),
	drop: plain(func(p *planner, w snapshot.ForeignDataWrapper) []Statement {
		return []Statement{stmt(ActionDrop, "DROP FOREIGN DATA WRAPPER "+ident(w.Name), p.dropHazards(w.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.ForeignDataWrapper) ([]Statement, bool) {
		target := "FOREIGN DATA WRAPPER " + ident(to.Name)
		var clauses []string
		if from.Handler != to.Handler {
			clauses = append(clauses, map[bool]string{true: "NO HANDLER", false: "HANDLER " + to.Handler}[to.Handler == ""])
		}
		if from.Validator != to.Validator {
			// Options already set are not checked again by the new validator.
			clauses = append(clauses, map[bool]string{true: "NO VALIDATOR", false: "VALIDATOR " + to.Validator}[to.Validator == ""])
		}
		if changes := genericOptionChanges(from.Options, to.Options); changes != "" {
			clauses = append(clauses, "OPTIONS ("+changes+")")
		}
		var out []Statement
		if len(clauses) > 0 {
			out = append(out, stmt(ActionAlter, "ALTER "+target+" "+strings.Join(clauses, " ")))
		}
		out = append(out, commentChange(target, from.Comment, to.Comment)...)
		return append(out, p.ownerAndGrants(to.ID(), target, target, &from.Common, to.Common)...), false
	}),
}

var foreignServerRules = &rules[snapshot.ForeignServer]{
	objectKind: snapshot.KindForeignServer,
	list:       func(c *snapshot.Catalog) []snapshot.ForeignServer { return c.ForeignServers },
	create: plain(func(p *planner, s snapshot.ForeignServer) []Statement {
		sql := "CREATE SERVER " + ident(s.Name)
		if s.Type != "" {
			sql += " TYPE " + literal(s.Type)
		}
		if s.Version != "" {
			sql += " VERSION " + literal(s.Version)
		}
		sql += " FOREIGN DATA WRAPPER " + ident(s.Wrapper)
		if len(s.Options) > 0 {
			sql += " OPTIONS (" + genericOptions(s.Options) + ")"
		}
		out := []Statement{stmt(ActionCreate, sql)}
		out = append(out, commentOnCreate("SERVER "+ident(s.Name), s.Comment)...)
		return append(out, p.ownerAndGrants(s.ID(), "SERVER "+ident(s.Name), "FOREIGN SERVER "+ident(s.Name), nil, s.Common)...)
	}),
	drop: plain(func(p *planner, s snapshot.ForeignServer) []Statement {
		// User mappings are not captured; DROP SERVER fails while one
		// exists, which is better than dropping credentials silently.
		return []Statement{stmt(ActionDrop, "DROP SERVER "+ident(s.Name), p.dropHazards(s.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.ForeignServer) ([]Statement, bool) {
		// Neither the wrapper nor the type can be altered; the foreign
		// tables on the server are rebuilt with it.
		if from.Wrapper != to.Wrapper || from.Type != to.Type {
			return nil, true
		}
		name := ident(to.Name)
		var clauses []string
		if from.Version != to.Version {
			clauses = append(clauses, map[bool]string{true: "VERSION NULL", false: "VERSION " + literal(to.Version)}[to.Version == ""])
		}
		if changes := genericOptionChanges(from.Options, to.Options); changes != "" {
			clauses = append(clauses, "OPTIONS ("+changes+")")
		}
		var out []Statement
		if len(clauses) > 0 {
			out = append(out, stmt(ActionAlter, "ALTER SERVER "+name+" "+strings.Join(clauses, " ")))
		}
		out = append(out, commentChange("SERVER "+name, from.Comment, to.Comment)...)
		return append(out, p.ownerAndGrants(to.ID(), "SERVER "+name, "FOREIGN SERVER "+name, &from.Common, to.Common)...), false
	}),
}

// genericOptions renders "key=value" options (FDWs, servers, foreign
// tables and their columns) as OPTIONS (…) wants them: key 'value'.
func genericOptions(options []string) string {
	parts := make([]string, len(options))
	for i, o := range options {
		key, value, _ := strings.Cut(o, "=")
		parts[i] = ident(key) + " " + literal(value)
	}
	return strings.Join(parts, ", ")
}

// genericOptionChanges returns the items of OPTIONS (…) in an ALTER that
// turn from into to, or "" when they are equal. The catalog keeps options
// in order and the round trip compares that order: SET keeps an option's
// place, ADD appends, so the longest prefix of to that is already in from
// in the same order is kept (SET where the value changed), and everything
// after it is dropped and added again in to's order. PostgreSQL applies the
// items one after another, so DROP k and then ADD k is allowed.
func genericOptionChanges(from, to []string) string {
	type option struct{ key, value string }
	split := func(list []string) []option {
		out := make([]option, len(list))
		for i, o := range list {
			out[i].key, out[i].value, _ = strings.Cut(o, "=")
		}
		return out
	}
	before, after := split(from), split(to)
	kept := 0 // after[:kept] is a subsequence of before's keys
	for j := 0; kept < len(after); j++ {
		for j < len(before) && before[j].key != after[kept].key {
			j++
		}
		if j == len(before) {
			break
		}
		kept++
	}
	keep := map[string]string{}
	for _, o := range after[:kept] {
		keep[o.key] = o.value
	}
	var items []string
	for _, o := range before {
		value, ok := keep[o.key]
		switch {
		case !ok:
			items = append(items, "DROP "+ident(o.key))
		case value != o.value:
			items = append(items, "SET "+ident(o.key)+" "+literal(value))
		}
	}
	for _, o := range after[kept:] {
		items = append(items, "ADD "+ident(o.key)+" "+literal(o.value))
	}
	return strings.Join(items, ", ")
}
