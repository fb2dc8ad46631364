package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
	"slices"
)

// defaultPrivilegeRules plans ALTER DEFAULT PRIVILEGES, only when
// privileges are compared. An entry never needs replacing: whatever it
// holds, GRANT and REVOKE reach the target from it.
//
// PostgreSQL stores an entry only while it differs from its baseline, and
// deletes it as soon as a statement brings it back there. The baseline of a
// global entry (no schema) is the built-in default for objects the role
// owns, and the entry holds the complete resulting list; a per-schema entry
// starts empty and holds only what it adds (it cannot take away a global
// default). So a new entry is reached from its baseline, and a dropped one
// goes back to it.
var defaultPrivilegeRules = &rules[snapshot.DefaultPrivilege]{
	objectKind: snapshot.KindDefaultPrivilege,
	list:       func(c *snapshot.Catalog) []snapshot.DefaultPrivilege { return c.DefaultPrivileges },
	create: plain(func(p *planner, d snapshot.DefaultPrivilege) []Statement {
		return defaultPrivilegeChanges(p, d, defaultPrivilegeBaseline(p, d), d.ACL)
	}),
	// Reverting is planned with the drops, before a schema the entry lives
	// in goes away (taking the entry with it), and before the plan creates
	// objects that would still receive the old defaults when the script
	// runs as the entry's role.
	drop: plain(func(p *planner, d snapshot.DefaultPrivilege) []Statement {
		return defaultPrivilegeChanges(p, d, d.ACL, defaultPrivilegeBaseline(p, d))
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.DefaultPrivilege) ([]Statement, bool) {
		return defaultPrivilegeChanges(p, to, from.ACL, to.ACL), false
	}),
}

// defaultPrivilegeObjects maps pg_default_acl's object type letter to the
// ALTER DEFAULT PRIVILEGES keyword and the kind whose built-in default
// applies ("" for large objects, PostgreSQL 18+, which defaultACL lacks).
var defaultPrivilegeObjects = map[string]struct {
	keyword string
	kind    snapshot.Kind
}{
	"r": {"TABLES", snapshot.KindTable},
	"S": {"SEQUENCES", snapshot.KindSequence},
	"f": {"FUNCTIONS", snapshot.KindFunction},
	"T": {"TYPES", snapshot.KindEnum},
	"n": {"SCHEMAS", snapshot.KindSchema},
	"L": {"LARGE OBJECTS", ""},
}

// defaultPrivilegeBaseline is what an entry holds when it does not exist:
// acldefault() for a global entry, nothing for a per-schema one.
func defaultPrivilegeBaseline(p *planner, d snapshot.DefaultPrivilege) []snapshot.ACLItem {
	if d.Schema != "" {
		return nil
	}
	if d.ObjectType == "L" {
		return []snapshot.ACLItem{{Grantee: d.Role, Grantor: d.Role, Privileges: "rw"}}
	}
	return defaultACL(defaultPrivilegeObjects[d.ObjectType].kind, d.Role, p.aclVersion())
}

// defaultPrivilegeChanges turns the GRANT and REVOKE statements between two
// lists into ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] statements.
// FOR ROLE is always written: the script may run as another role.
func defaultPrivilegeChanges(p *planner, d snapshot.DefaultPrivilege, from, to []snapshot.ACLItem) []Statement {
	if !p.opts.WithPrivileges {
		return nil
	}
	prefix := "ALTER DEFAULT PRIVILEGES FOR ROLE " + ident(d.Role)
	if d.Schema != "" {
		prefix += " IN SCHEMA " + ident(d.Schema)
	}
	out := grantChanges(defaultPrivilegeObjects[d.ObjectType].keyword, "", from, to)
	for i := range out {
		out[i].SQL = prefix + " " + out[i].SQL
	}
	return out
}

// orderDefaultPrivileges makes every ALTER DEFAULT PRIVILEGES step come
// before the creation of each object it affects (an object of its type, in
// its schema for a per-schema entry): the plan computes a new object's
// starting privileges from the target's default privileges (initialACL),
// which must be in effect when the object is created. The owner is not
// checked: ordering a few more creations after the entry costs nothing.
func (p *planner) orderDefaultPrivileges() {
	var entries []*step
	for _, s := range p.steps {
		if s.id.Kind == snapshot.KindDefaultPrivilege {
			entries = append(entries, s)
		}
	}
	if len(entries) == 0 {
		return
	}
	for _, s := range p.steps {
		objectType, ok := defaultACLObjectType(s.id.Kind)
		_, rebuilt := p.typeRebuilds[s.id]
		if !ok || s.phase != phaseCreate || s.id.Table != "" || s.part != partMain ||
			p.existsInSource(s.id) && !p.replaced[s.id] && !rebuilt {
			continue // not a creation (an alter, or a later step of one)
		}
		types := []string{objectType}
		if s.id.Kind == snapshot.KindRangeType {
			types = append(types, "f") // its constructor functions
		}
		for _, e := range entries {
			// ObjectID of an entry: Schema, Name = role, Args = object type.
			if slices.Contains(types, e.id.Args) && (e.id.Schema == "" || e.id.Schema == s.id.Schema) {
				p.sequence = append(p.sequence, [2]stepKey{e.stepKey, s.stepKey})
			}
		}
	}
}
