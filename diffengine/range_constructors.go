package diffengine

import (
	"github.com/pgstrata/pgstrata/snapshot"
)

// A range type comes with functions PostgreSQL creates and drops along with
// it (its constructors and, from 14 on, its multirange type's). The plan
// never creates or drops them, but their comments, owners and privileges
// are their own: ALTER TYPE … OWNER TO leaves their owner as it was, and
// they start with the default privileges for functions of the role that
// runs CREATE TYPE. These rules set them like any function's.

// constructorTarget names a constructor in ALTER, GRANT and COMMENT.
func constructorTarget(fn snapshot.RangeConstructor) string {
	return "FUNCTION " + qualified(fn.Schema, fn.Name) + "(" + fn.IdentityArgs + ")"
}

// constructorID is the identity a constructor would have as a function:
// default privileges are looked up by it.
func constructorID(fn snapshot.RangeConstructor) snapshot.ObjectID {
	return snapshot.ObjectID{Kind: snapshot.KindFunction, Schema: fn.Schema, Name: fn.Name, Args: fn.IdentityArgs}
}

// createdConstructors gives the constructors of a created range type their
// comments, and their owners and privileges: the target's when privileges
// are compared, the source's when the type is re-created and they are not
// (as createdOwnerAndGrants does for the type itself). The script is taken
// to run as the type's owner, so that is who owns them at first.
func (p *planner) createdConstructors(r snapshot.RangeType) []Statement {
	catalog, owner := p.to, r.Owner
	// Without privileges: the source's version of the type, if it is
	// re-created (a new one has no constructors there to restore).
	var source snapshot.RangeType
	if !p.opts.WithPrivileges {
		source, _ = findByID(p, p.from, snapshot.KindRangeType, p.from.RangeTypes, r.ID())
		catalog, owner = p.from, source.Owner
	}
	var out []Statement
	for _, fn := range r.Constructors {
		if fn.Multirange && p.scriptVersion() < 140000 {
			continue // the source major makes no multirange type
		}
		target := constructorTarget(fn)
		out = append(out, commentOnCreate(target, fn.Comment)...)
		want := fn.Common
		if !p.opts.WithPrivileges {
			s, ok := source.Counterpart(fn)
			if !ok {
				continue
			}
			want = s.Common
		}
		// Always named, as for other created objects: a script run by
		// another role (a superuser) would otherwise leave it the owner.
		out = append(out, stmt(ActionGrant, "ALTER "+target+" OWNER TO "+ident(want.Owner)))
		initial := renameOwner(p.initialACL(catalog, constructorID(fn), owner), owner, want.Owner)
		out = append(out, grantChanges(target, "", initial, want.ACL)...)
	}
	return out
}

// changedConstructors changes the comments, owners and privileges of the
// constructors of a range type kept in place. A constructor only one side
// has (a file written before constructors were read, or a multirange type
// only the newer major has) is left alone.
func (p *planner) changedConstructors(from, to snapshot.RangeType) []Statement {
	var out []Statement
	for _, fn := range to.Constructors {
		old, ok := from.Counterpart(fn)
		if !ok {
			continue
		}
		target := constructorTarget(fn)
		out = append(out, commentChange(target, old.Comment, fn.Comment)...)
		out = append(out, p.ownerAndGrants(constructorID(fn), target, target, &old.Common, fn.Common)...)
	}
	return out
}
