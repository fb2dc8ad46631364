package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var eventTriggerRules = &rules[snapshot.EventTrigger]{
	objectKind: snapshot.KindEventTrigger,
	list:       func(c *snapshot.Catalog) []snapshot.EventTrigger { return c.EventTriggers },
	create: plain(func(p *planner, t snapshot.EventTrigger) []Statement {
		var b strings.Builder
		b.WriteString("CREATE EVENT TRIGGER " + ident(t.Name) + " ON " + ident(t.Event))
		if len(t.Tags) > 0 {
			tags := make([]string, len(t.Tags))
			for i, tag := range t.Tags {
				tags[i] = literal(tag)
			}
			b.WriteString("\n    WHEN TAG IN (" + strings.Join(tags, ", ") + ")")
		}
		b.WriteString("\n    EXECUTE FUNCTION " + qualified(t.Function.Schema, t.Function.Name) + "()")
		out := []Statement{stmt(ActionCreate, b.String())}
		out = append(out, eventTriggerEnabled(t, "O")...)
		out = append(out, commentOnCreate("EVENT TRIGGER "+ident(t.Name), t.Comment)...)
		return append(out, eventTriggerOwner(p, t, "")...)
	}),
	drop: plain(func(p *planner, t snapshot.EventTrigger) []Statement {
		return []Statement{stmt(ActionDrop, "DROP EVENT TRIGGER "+ident(t.Name), p.dropHazards(t.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.EventTrigger) ([]Statement, bool) {
		// Only the firing mode, owner and comment can be altered.
		if from.Event != to.Event || from.Function != to.Function || !slices.Equal(from.Tags, to.Tags) {
			return nil, true
		}
		out := eventTriggerEnabled(to, from.Enabled)
		out = append(out, commentChange("EVENT TRIGGER "+ident(to.Name), from.Comment, to.Comment)...)
		return append(out, eventTriggerOwner(p, to, from.Owner)...), false
	}),
}

func eventTriggerEnabled(t snapshot.EventTrigger, from string) []Statement {
	if t.Enabled == from {
		return nil
	}
	return []Statement{stmt(ActionAlter, "ALTER EVENT TRIGGER "+ident(t.Name)+" "+enabledKeyword(t.Enabled))}
}

// eventTriggerOwner gives the event trigger its owner when privileges are
// compared; from is the current owner ("" for a new event trigger, whose
// owner is whoever runs the script).
func eventTriggerOwner(p *planner, t snapshot.EventTrigger, from string) []Statement {
	if !p.opts.WithPrivileges || t.Owner == from {
		return nil
	}
	return []Statement{stmt(ActionGrant, "ALTER EVENT TRIGGER "+ident(t.Name)+" OWNER TO "+ident(t.Owner))}
}
