package diffengine

import (
	"reflect"
	"slices"

	"github.com/pgstrata/pgstrata/snapshot"
)

// Owners and privileges of objects the plan creates.
//
// A CREATE gives an object the owner that runs it and the privileges the
// default privileges in effect give that owner (pg_default_acl, see
// initialACL). The planner assumes that the script runs as the object's
// owner (README, "Known limits"): run by another role, a new object would
// start from that role's default privileges instead, and ALTER … OWNER TO
// would only rename its entries.
//
// When privileges are compared, a created object is given the target's
// owner and privileges, starting from the target's default privileges
// (the plan's ALTER DEFAULT PRIVILEGES come before the creations they
// affect, see orderDefaultPrivileges). When they are not, an object that
// the plan drops and re-creates (a view over a column whose type changes, a
// table whose partition key changes) gets back the owner and privileges it
// had in the source, starting from the source's default privileges, which
// the plan then leaves alone; a new object gets whatever its CREATE gives.

// ownerAndGrants returns the owner change and GRANT/REVOKE statements an
// object needs. alterTarget is what follows ALTER (e.g. "TABLE s.t"),
// grantTarget what follows GRANT … ON; from is nil when the object is
// created.
func (p *planner) ownerAndGrants(id snapshot.ObjectID, alterTarget, grantTarget string, from *snapshot.Common, to snapshot.Common) []Statement {
	if from == nil {
		return p.createdOwnerAndGrants(id, alterTarget, grantTarget, to)
	}
	if !p.opts.WithPrivileges {
		return nil
	}
	var out []Statement
	before := from.ACL
	if from.Owner != to.Owner {
		out = append(out, stmt(ActionGrant, "ALTER "+alterTarget+" OWNER TO "+ident(to.Owner)))
		before = renameOwner(before, from.Owner, to.Owner)
	}
	return append(out, grantChanges(grantTarget, "", before, to.ACL)...)
}

// createdOwnerAndGrants gives a created object its owner and privileges:
// the target's when privileges are compared, the source's when the object
// is re-created and they are not (see above).
func (p *planner) createdOwnerAndGrants(id snapshot.ObjectID, alterTarget, grantTarget string, to snapshot.Common) []Statement {
	c := p.to
	if !p.opts.WithPrivileges {
		source, ok := p.sourceCommon(id)
		if !ok {
			return nil // a new object: privileges are not compared
		}
		c, to = p.from, source
	}
	out := []Statement{stmt(ActionGrant, "ALTER "+alterTarget+" OWNER TO "+ident(to.Owner))}
	return append(out, grantChanges(grantTarget, "", p.initialACL(c, id, to.Owner), to.ACL)...)
}

// sourceCommon returns the owner, comment and privileges that the object
// with this identity has in the source catalog.
func (p *planner) sourceCommon(id snapshot.ObjectID) (snapshot.Common, bool) {
	k, ok := differByKind[id.Kind]
	if !ok {
		return snapshot.Common{}, false
	}
	o, ok := k.lookup(p, p.from, id)
	if !ok {
		return snapshot.Common{}, false
	}
	// Kinds with an owner embed snapshot.Common, or (operators, which have
	// no privileges) hold just an Owner.
	v := reflect.ValueOf(o)
	if c := v.FieldByName("Common"); c.IsValid() {
		return c.Interface().(snapshot.Common), true
	}
	if owner := v.FieldByName("Owner"); owner.IsValid() && owner.Kind() == reflect.String {
		return snapshot.Common{Owner: owner.String()}, true
	}
	return snapshot.Common{}, false
}

func (r *rules[T]) lookup(p *planner, c *snapshot.Catalog, id snapshot.ObjectID) (any, bool) {
	o, ok := findByID(p, c, r.objectKind, r.list(c), id)
	return o, ok
}

// createdColumnGrants grants the column privileges of a column created
// with its table or view rel: the target's when privileges are compared;
// when they are not, those the column had in the source, if the relation
// is re-created. A new column starts with none.
func (p *planner) createdColumnGrants(rel snapshot.ObjectID, grantTarget, column string, to []snapshot.ACLItem) []Statement {
	if !p.opts.WithPrivileges {
		cols, ok := p.sourceColumns(rel)
		if !ok {
			return nil
		}
		to = nil
		for _, c := range cols {
			if c.Name == column {
				to = c.Details.OrZero().ACL
			}
		}
	}
	return grantChanges(grantTarget, "("+ident(column)+")", nil, to)
}

// sourceColumns returns the columns of the table or view rel in the source.
func (p *planner) sourceColumns(rel snapshot.ObjectID) ([]snapshot.Column, bool) {
	switch rel.Kind {
	case snapshot.KindTable, snapshot.KindForeignTable:
		t, ok := findByID(p, p.from, snapshot.KindTable, p.from.Tables, rel)
		return t.Columns, ok
	case snapshot.KindView, snapshot.KindMaterializedView:
		v, ok := findByID(p, p.from, snapshot.KindView, p.from.Views, rel)
		return v.Columns, ok
	}
	return nil, false
}

// defaultACLObjectType returns pg_default_acl's object type letter for
// kind k, if ALTER DEFAULT PRIVILEGES applies to it.
func defaultACLObjectType(k snapshot.Kind) (string, bool) {
	info, _ := snapshot.InfoOf(k)
	return info.DefaultACLType, info.DefaultACLType != ""
}

// initialACL is the ACL that CREATE gives an object owned by owner when
// the default privileges are c's, as get_user_default_acl computes it: the
// owner's global entry for the object type replaces the built-in default
// (acldefault), and the entry for the object's schema, if any, is added on
// top (a per-schema entry can only add). Schemas have global entries only.
func (p *planner) initialACL(c *snapshot.Catalog, id snapshot.ObjectID, owner string) []snapshot.ACLItem {
	acl := defaultACL(id.Kind, owner, p.aclVersion())
	objectType, ok := defaultACLObjectType(id.Kind)
	if !ok {
		return acl
	}
	schema := id.Schema
	if id.Kind == snapshot.KindSchema {
		schema = ""
	}
	var perSchema []snapshot.ACLItem
	for _, d := range c.DefaultPrivileges {
		if d.Role != owner || d.ObjectType != objectType {
			continue
		}
		switch d.Schema {
		case "":
			acl = d.ACL
		case schema:
			perSchema = d.ACL
		}
	}
	return mergeACL(acl, perSchema)
}

// mergeACL adds the items of extra to acl, as aclmerge does: privileges
// given by the same grantor to the same grantee are combined.
func mergeACL(acl, extra []snapshot.ACLItem) []snapshot.ACLItem {
	if len(extra) == 0 {
		return acl
	}
	out := append([]snapshot.ACLItem(nil), acl...)
	for _, e := range extra {
		merged := false
		for i := range out {
			if out[i].Grantee == e.Grantee && out[i].Grantor == e.Grantor {
				out[i].Privileges += missing(e.Privileges, out[i].Privileges)
				out[i].GrantOptions += missing(e.GrantOptions, out[i].GrantOptions)
				merged = true
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	return out
}

// columnsAfterTableGrants returns a copy of a relation's source columns
// with their ACLs as the relation's own owner change and GRANT/REVOKE
// statements leave them: ALTER … OWNER TO rewrites column ACLs too, and
// REVOKE on a table takes the privilege off every column as well. Column
// GRANT/REVOKE statements are planned from there, after the relation's.
func (p *planner) columnsAfterTableGrants(columns []snapshot.Column, from, to snapshot.Common) []snapshot.Column {
	if !p.opts.WithPrivileges {
		return columns
	}
	before := from.ACL
	if from.Owner != to.Owner {
		before = renameOwner(before, from.Owner, to.Owner)
	}
	revoked := map[string]string{}
	for _, it := range before {
		if r := missing(it.Privileges, privilegesOf(to.ACL, it.Grantee)); r != "" {
			revoked[it.Grantee] += r
		}
	}
	out := slices.Clone(columns)
	for i, c := range out {
		d := c.Details.OrZero()
		if len(d.ACL) == 0 {
			continue
		}
		acl := d.ACL
		if from.Owner != to.Owner {
			acl = renameOwner(acl, from.Owner, to.Owner)
		}
		var kept []snapshot.ACLItem
		for _, it := range acl {
			it.Privileges = missing(it.Privileges, revoked[it.Grantee])
			it.GrantOptions = missing(it.GrantOptions, revoked[it.Grantee])
			if it.Privileges != "" {
				kept = append(kept, it)
			}
		}
		d.ACL = kept
		out[i].Details = d.OrNil()
	}
	return out
}

// privilegesOf returns the privileges an ACL gives grantee, from any
// grantor.
func privilegesOf(acl []snapshot.ACLItem, grantee string) string {
	var s string
	for _, it := range acl {
		if it.Grantee == grantee {
			s += it.Privileges
		}
	}
	return s
}
