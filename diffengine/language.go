package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

var languageRules = &rules[snapshot.Language]{
	objectKind: snapshot.KindLanguage,
	list:       func(c *snapshot.Catalog) []snapshot.Language { return c.Languages },
	create: plain(func(p *planner, l snapshot.Language) []Statement {
		target := "LANGUAGE " + ident(l.Name)
		out := []Statement{stmt(ActionCreate, languageDefinition("CREATE ", l))}
		out = append(out, commentOnCreate(target, l.Comment)...)
		return append(out, p.ownerAndGrants(l.ID(), target, target, nil, l.Common)...)
	}),
	drop: plain(func(p *planner, l snapshot.Language) []Statement {
		return []Statement{stmt(ActionDrop, "DROP LANGUAGE "+ident(l.Name), p.dropHazards(l.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Language) ([]Statement, bool) {
		target := "LANGUAGE " + ident(to.Name)
		out := commentChange(target, from.Comment, to.Comment)
		grants := p.ownerAndGrants(to.ID(), target, target, &from.Common, to.Common)
		if from.Trusted == to.Trusted && from.Handler == to.Handler && from.Inline == to.Inline && from.Validator == to.Validator {
			return append(out, grants...), false
		}
		// CREATE OR REPLACE LANGUAGE keeps the functions written in it, its
		// owner and its grants; DROP LANGUAGE would need them gone. GRANT
		// and REVOKE are refused on an untrusted language, so they run
		// while the language is trusted: before it stops being, after it
		// becomes so.
		replace := stmt(ActionReplace, languageDefinition("CREATE OR REPLACE ", to))
		if from.Trusted && !to.Trusted {
			return append(append(grants, replace), out...), false
		}
		return append(append([]Statement{replace}, out...), grants...), false
	}),
}

func languageDefinition(create string, l snapshot.Language) string {
	sql := create
	if l.Trusted {
		sql += "TRUSTED "
	}
	sql += "LANGUAGE " + ident(l.Name) + " HANDLER " + functionNameOnly(l.Handler)
	if l.Inline != "" {
		sql += " INLINE " + functionNameOnly(l.Inline)
	}
	if l.Validator != "" {
		sql += " VALIDATOR " + functionNameOnly(l.Validator)
	}
	return sql
}

// functionNameOnly cuts the argument list off a regprocedure signature
// ("s.f(internal)" → "s.f"): CREATE LANGUAGE names its support functions
// without arguments. A "(" inside a quoted name is not the list.
func functionNameOnly(signature string) string {
	quoted := false
	for i := 0; i < len(signature); i++ {
		switch signature[i] {
		case '"':
			quoted = !quoted
		case '(':
			if !quoted {
				return signature[:i]
			}
		}
	}
	return signature
}
