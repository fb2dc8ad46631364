package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
	"github.com/pgstrata/pgstrata/snapshot"
)

var (
	ident     = sqltext.QuoteIdent
	qualified = sqltext.QualifiedIdent
	literal   = sqltext.QuoteLiteral
	// namesObject compares a name as the server printed it (a column's
	// type, a regproc) with an object's schema and name.
	namesObject = sqltext.NamesObject
)

// stmt builds a statement; the planner fills in the object identity.
func stmt(action Action, sql string, hazards ...Hazard) Statement {
	return Statement{SQL: sql + ";", Action: action, Hazards: hazards}
}

// commentStatement sets or removes a comment. target is what follows
// COMMENT ON, e.g. "TABLE s.t" or "COLUMN s.t.c".
func commentStatement(target, comment string) Statement {
	value := "NULL"
	if comment != "" {
		value = literal(comment)
	}
	return stmt(ActionComment, "COMMENT ON "+target+" IS "+value)
}

// commentChange returns the statement that changes a comment, if any.
func commentChange(target, from, to string) []Statement {
	if from == to {
		return nil
	}
	return []Statement{commentStatement(target, to)}
}

// commentOnCreate sets the comment of a newly created object, if it has one.
func commentOnCreate(target, comment string) []Statement {
	if comment == "" {
		return nil
	}
	return []Statement{commentStatement(target, comment)}
}

// privilegeNames maps aclitem letters to privilege keywords.
var privilegeNames = map[byte]string{
	'r': "SELECT", 'a': "INSERT", 'w': "UPDATE", 'd': "DELETE", 'D': "TRUNCATE", 'x': "REFERENCES",
	't': "TRIGGER", 'X': "EXECUTE", 'U': "USAGE", 'C': "CREATE", 'c': "CONNECT", 'T': "TEMPORARY",
	'm': "MAINTAIN", 's': "SET", 'A': "ALTER SYSTEM",
}

// defaultACL is what acldefault() gives an object of this kind owned by
// owner: the privileges it has before any GRANT or REVOKE (see
// snapshot.KindInfo). Relations gain MAINTAIN on PostgreSQL 17.
func defaultACL(kind snapshot.Kind, owner string, serverVersionNum int) []snapshot.ACLItem {
	info, _ := snapshot.InfoOf(kind)
	var acl []snapshot.ACLItem
	if info.PublicPrivileges != "" {
		acl = append(acl, snapshot.ACLItem{Grantee: "", Grantor: owner, Privileges: info.PublicPrivileges})
	}
	if privs := info.OwnerPrivileges; privs != "" {
		if info.DefaultACLType == "r" && serverVersionNum >= 170000 {
			privs += "m"
		}
		acl = append(acl, snapshot.ACLItem{Grantee: owner, Grantor: owner, Privileges: privs})
	}
	return acl
}

// grantChanges returns the GRANT and REVOKE statements that turn the
// privileges in from into those in to. target is what follows ON, e.g.
// "TABLE s.t"; columns, when set, makes them column privileges ("(c)").
// Grantors are not compared: a GRANT always records the role that runs it.
func grantChanges(target, columns string, from, to []snapshot.ACLItem) []Statement {
	type privs struct{ plain, withOption string }
	collect := func(items []snapshot.ACLItem) map[string]privs {
		out := map[string]privs{}
		for _, it := range items {
			p := out[it.Grantee]
			p.plain += it.Privileges
			p.withOption += it.GrantOptions
			out[it.Grantee] = p
		}
		return out
	}
	before, after := collect(from), collect(to)
	grantees := map[string]bool{}
	for g := range before {
		grantees[g] = true
	}
	for g := range after {
		grantees[g] = true
	}
	names := make([]string, 0, len(grantees))
	for g := range grantees {
		names = append(names, g)
	}
	slices.Sort(names)
	var out []Statement
	for _, g := range names {
		role := "PUBLIC"
		if g != "" {
			role = ident(g)
		}
		b, a := before[g], after[g]
		revoked := missing(b.plain, a.plain)
		if revoked != "" {
			out = append(out, stmt(ActionGrant, "REVOKE "+privilegeList(revoked, columns)+" ON "+target+" FROM "+role))
		}
		// A privilege that stays may lose its grant option in the same
		// change (SELECT, USAGE WITH GRANT OPTION → USAGE): that needs its
		// own REVOKE GRANT OPTION FOR. Those revoked above lost theirs.
		if lost := missing(missing(b.withOption, a.withOption), revoked); lost != "" {
			out = append(out, stmt(ActionGrant, "REVOKE GRANT OPTION FOR "+privilegeList(lost, columns)+" ON "+target+" FROM "+role))
		}
		// After a REVOKE of a privilege, its grant option is gone too.
		if revoked != "" {
			b.withOption = missing(b.withOption, revoked)
			b.plain = missing(b.plain, revoked)
		}
		if granted := missing(a.withOption, b.withOption); granted != "" {
			out = append(out, stmt(ActionGrant, "GRANT "+privilegeList(granted, columns)+" ON "+target+" TO "+role+" WITH GRANT OPTION"))
		}
		if granted := missing(missing(a.plain, b.plain), a.withOption); granted != "" {
			out = append(out, stmt(ActionGrant, "GRANT "+privilegeList(granted, columns)+" ON "+target+" TO "+role))
		}
	}
	return out
}

// missing returns the letters of want that have does not contain.
func missing(want, have string) string {
	var b strings.Builder
	for i := 0; i < len(want); i++ {
		if !strings.ContainsRune(have, rune(want[i])) && !strings.ContainsRune(b.String(), rune(want[i])) {
			b.WriteByte(want[i])
		}
	}
	return b.String()
}

func privilegeList(letters, columns string) string {
	names := make([]string, 0, len(letters))
	for i := 0; i < len(letters); i++ {
		name := privilegeNames[letters[i]]
		if columns != "" {
			name += " " + columns
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

// renameOwner rewrites the entries of an ACL held or granted by the old
// owner to the new one, which is what ALTER … OWNER TO does to an ACL.
func renameOwner(acl []snapshot.ACLItem, from, to string) []snapshot.ACLItem {
	out := slices.Clone(acl)
	for i := range out {
		if out[i].Grantee == from {
			out[i].Grantee = to
		}
		if out[i].Grantor == from {
			out[i].Grantor = to
		}
	}
	return out
}

// aclVersion is the server version whose built-in default privileges the
// plan assumes: the older of the two, since privileges only the newer
// major has are left out of a diff across majors (see alignMajors).
func (p *planner) aclVersion() int {
	return min(p.from.ServerVersionNum, p.to.ServerVersionNum)
}

// scriptVersion is the version of the server the script runs on, the
// source's: what syntax the plan may use (CREATE OR REPLACE TRIGGER from 14,
// say) depends on it, not on the target's. A catalog built by hand without
// a version counts as the target's.
func (p *planner) scriptVersion() int {
	if p.from.ServerVersionNum == 0 {
		return p.to.ServerVersionNum
	}
	return p.from.ServerVersionNum
}
