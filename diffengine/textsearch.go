package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Text search dictionaries and configurations. Neither has privileges; both
// have an owner and a comment. The template of a dictionary and the parser
// of a configuration are fixed at creation: changing one re-creates the
// object, and the cascade re-creates what depends on it (configurations
// using the dictionary; indexes, views and columns whose expressions name
// the configuration).

var textSearchDictRules = &rules[snapshot.TextSearchDictionary]{
	objectKind: snapshot.KindTextSearchDict,
	list:       func(c *snapshot.Catalog) []snapshot.TextSearchDictionary { return c.TextSearchDicts },
	create: plain(func(p *planner, d snapshot.TextSearchDictionary) []Statement {
		target := tsDictTarget(d)
		def := append([]string{"TEMPLATE = " + qualified(d.TemplateSchema, d.TemplateName)}, d.Options...)
		out := []Statement{stmt(ActionCreate, "CREATE "+target+" ("+strings.Join(def, ", ")+")")}
		out = append(out, commentOnCreate(target, d.Comment)...)
		return append(out, p.ownerAndGrants(d.ID(), target, target, nil, snapshot.Common{Owner: d.Owner})...)
	}),
	drop: plain(func(p *planner, d snapshot.TextSearchDictionary) []Statement {
		return []Statement{stmt(ActionDrop, "DROP "+tsDictTarget(d), p.dropHazards(d.ID(), false)...)}
	}),
	alter: func(p *planner, from, to snapshot.TextSearchDictionary) (planned, bool) {
		if from.TemplateSchema != to.TemplateSchema || from.TemplateName != to.TemplateName {
			return planned{}, true
		}
		target := tsDictTarget(to)
		var out planned
		if changes := dictOptionChanges(from.Options, to.Options); len(changes) > 0 {
			out.add(stmt(ActionAlter, "ALTER "+target+" ("+strings.Join(changes, ", ")+")"))
			out.alongside(p.reindexTextSearchUsers(to.ID()))
		}
		out.add(commentChange(target, from.Comment, to.Comment)...)
		out.add(tsOwner(p, to.ID(), target, from.Owner, to.Owner)...)
		return out, false
	},
}

var textSearchConfigRules = &rules[snapshot.TextSearchConfig]{
	objectKind: snapshot.KindTextSearchConfig,
	list:       func(c *snapshot.Catalog) []snapshot.TextSearchConfig { return c.TextSearchConfigs },
	create: plain(func(p *planner, c snapshot.TextSearchConfig) []Statement {
		target := tsConfigTarget(c)
		out := []Statement{stmt(ActionCreate, "CREATE "+target+" (PARSER = "+qualified(c.ParserSchema, c.ParserName)+")")}
		out = append(out, mappingStatements(target, "ADD", c.Mappings)...)
		out = append(out, commentOnCreate(target, c.Comment)...)
		return append(out, p.ownerAndGrants(c.ID(), target, target, nil, snapshot.Common{Owner: c.Owner})...)
	}),
	drop: plain(func(p *planner, c snapshot.TextSearchConfig) []Statement {
		return []Statement{stmt(ActionDrop, "DROP "+tsConfigTarget(c), p.dropHazards(c.ID(), false)...)}
	}),
	alter: func(p *planner, from, to snapshot.TextSearchConfig) (planned, bool) {
		if from.ParserSchema != to.ParserSchema || from.ParserName != to.ParserName {
			return planned{}, true
		}
		target := tsConfigTarget(to)
		out := only(mappingChanges(target, from.Mappings, to.Mappings)...)
		if len(out.stmts) > 0 {
			out.alongside(p.reindexTextSearchUsers(to.ID()))
		}
		out.add(commentChange(target, from.Comment, to.Comment)...)
		out.add(tsOwner(p, to.ID(), target, from.Owner, to.Owner)...)
		return out, false
	},
}

func tsDictTarget(d snapshot.TextSearchDictionary) string {
	return "TEXT SEARCH DICTIONARY " + qualified(d.Schema, d.Name)
}

func tsConfigTarget(c snapshot.TextSearchConfig) string {
	return "TEXT SEARCH CONFIGURATION " + qualified(c.Schema, c.Name)
}

// tsOwner changes the owner when privileges are compared (text search
// objects have no ACL, so there is nothing else to grant).
func tsOwner(p *planner, id snapshot.ObjectID, target, from, to string) []Statement {
	if from == to {
		return nil
	}
	return p.ownerAndGrants(id, target, target, &snapshot.Common{Owner: from}, snapshot.Common{Owner: to})
}

// dictOptionChanges lists what ALTER TEXT SEARCH DICTIONARY needs to turn
// the options from into to: "name = value" for an option set or changed,
// the bare name for one removed. Options not listed keep their values.
func dictOptionChanges(from, to []string) []string {
	before := map[string]string{}
	for _, o := range from {
		before[dictOptionName(o)] = o
	}
	var out []string
	for _, o := range to {
		name := dictOptionName(o)
		if before[name] != o {
			out = append(out, o)
		}
		delete(before, name)
	}
	for _, o := range from {
		if name := dictOptionName(o); before[name] != "" {
			out = append(out, name)
		}
	}
	return out
}

// dictOptionName is the name part of a "name = value" option, as the server
// wrote it (a quoted identifier stays quoted).
func dictOptionName(option string) string {
	if strings.HasPrefix(option, `"`) {
		for i := 1; i < len(option); i++ {
			if option[i] == '"' {
				if i+1 < len(option) && option[i+1] == '"' {
					i++
					continue
				}
				return option[:i+1]
			}
		}
	}
	name, _, _ := strings.Cut(option, " = ")
	return name
}

// mappingChanges turns the mappings from into to: DROP MAPPING for token
// types no longer mapped, ADD MAPPING for new ones, ALTER MAPPING for those
// whose dictionaries change.
func mappingChanges(target string, from, to []snapshot.TextSearchMapping) []Statement {
	before := map[string][]snapshot.TextSearchDictionaryRef{}
	for _, m := range from {
		before[m.TokenType] = m.Dictionaries
	}
	var added, altered []snapshot.TextSearchMapping
	mapped := map[string]bool{}
	for _, m := range to {
		mapped[m.TokenType] = true
		old, ok := before[m.TokenType]
		switch {
		case !ok:
			added = append(added, m)
		case !slices.Equal(old, m.Dictionaries):
			altered = append(altered, m)
		}
	}
	var dropped []string
	for _, m := range from {
		if !mapped[m.TokenType] {
			dropped = append(dropped, ident(m.TokenType))
		}
	}
	var out []Statement
	if len(dropped) > 0 {
		out = append(out, stmt(ActionAlter, "ALTER "+target+" DROP MAPPING FOR "+strings.Join(dropped, ", ")))
	}
	out = append(out, mappingStatements(target, "ADD", added)...)
	return append(out, mappingStatements(target, "ALTER", altered)...)
}

// mappingStatements writes one ADD (or ALTER) MAPPING per distinct list of
// dictionaries, naming every token type mapped to it, in token order.
func mappingStatements(target, verb string, mappings []snapshot.TextSearchMapping) []Statement {
	var groups [][]snapshot.TextSearchMapping
	for _, m := range mappings {
		i := slices.IndexFunc(groups, func(g []snapshot.TextSearchMapping) bool {
			return slices.Equal(g[0].Dictionaries, m.Dictionaries)
		})
		if i < 0 {
			groups = append(groups, nil)
			i = len(groups) - 1
		}
		groups[i] = append(groups[i], m)
	}
	out := make([]Statement, 0, len(groups))
	for _, g := range groups {
		tokens := make([]string, len(g))
		for i, m := range g {
			tokens[i] = ident(m.TokenType)
		}
		dicts := make([]string, len(g[0].Dictionaries))
		for i, d := range g[0].Dictionaries {
			dicts[i] = qualified(d.Schema, d.Name)
		}
		sql := "ALTER " + target + " " + verb + " MAPPING FOR " + strings.Join(tokens, ", ") + " WITH " + strings.Join(dicts, ", ")
		out = append(out, stmt(ActionAlter, sql))
	}
	return out
}

// reindexTextSearchUsers rebuilds the indexes whose expressions use the
// text search object id (a configuration, or a dictionary through the
// configurations that map to it) after it changes in place: PostgreSQL
// does not, and an index built with the old mappings or options would
// answer queries with the old lexemes. Each REINDEX runs after the change
// and after the index or its table is (re-)created, if it is; an index
// that goes away is left alone, and one that an earlier change reindexes
// already (a dictionary and a configuration mapped to it) is not again.
func (p *planner) reindexTextSearchUsers(id snapshot.ObjectID) planned {
	var out planned
	users := []snapshot.ObjectID{id}
	for _, d := range p.sourceEdgesTo(id) {
		if d.From.Kind == snapshot.KindTextSearchConfig {
			users = append(users, d.From)
		}
	}
	for _, d := range p.from.AllDependencies() {
		if d.From.Kind != snapshot.KindIndex || !slices.Contains(users, d.To) || !p.existsInTarget(d.From) {
			continue
		}
		ix := d.From
		late := creating(ix).sub(partReindex)
		if p.hasStep(late) || slices.ContainsFunc(out.elsewhere, func(e keyedStatements) bool { return e.key == late }) {
			continue
		}
		out.addTo(late, Statement{SQL: "REINDEX INDEX " + qualified(ix.Schema, ix.Name) + ";", ID: ix, Action: ActionAlter})
		out.before(creating(id), late)
		out.before(creating(d.To), late)
		out.before(creating(ix), late)
		if table, ok := p.tableOf(ix); ok {
			for _, k := range []snapshot.Kind{snapshot.KindTable, snapshot.KindMaterializedView} {
				out.before(creating(snapshot.ObjectID{Kind: k, Schema: ix.Schema, Name: table}), late)
			}
		}
	}
	return out
}
