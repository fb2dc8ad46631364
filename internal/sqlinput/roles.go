package sqlinput

import (
	"sort"
	"strings"

	"github.com/pgstrata/pgstrata/internal/sqltext"
)

// Roles are cluster-wide, so a schema file names roles it does not create:
// owners, grantees, policy targets. Loading it into a fresh cluster would
// fail on the first of them, so they are made beforehand (NOLOGIN: nobody
// logs into the throwaway server). Finding them is a cheap scan of the
// tokens, not a parse: a name found in a place that is not a role (a column
// called "owner" followed by "to"…) only costs a role nobody uses, and a
// role the scan misses (one named in dynamic SQL) is made when the load
// fails on it and the load starts again (see Loader.Load).

// pseudoRoles are words that stand where a role name does but are not one.
var pseudoRoles = map[string]bool{
	"public": true, "current_user": true, "session_user": true, "current_role": true,
	"group": true, "user": true, "role": true, "all": true, "none": true, "default": true,
}

// roleLists are the keyword sequences after which a comma-separated list of
// role names follows, in any statement.
var roleLists = [][]string{
	{"owner", "to"},            // ALTER … OWNER TO r
	{"authorization"},          // CREATE SCHEMA s AUTHORIZATION r, SET SESSION AUTHORIZATION r
	{"for", "role"},            // ALTER DEFAULT PRIVILEGES FOR ROLE r, …
	{"for", "user"},            // … FOR USER r
	{"user", "mapping", "for"}, // CREATE USER MAPPING FOR r SERVER s (not a text search MAPPING FOR token)
	{"user", "mapping", "if", "not", "exists", "for"},
	{"in", "role"},             // CREATE ROLE x IN ROLE r
	{"granted", "by"},          // GRANT … GRANTED BY r
	{"set", "role"},            // SET ROLE r
	{"set", "local", "role"},   // SET LOCAL ROLE r
	{"set", "session", "role"}, // SET SESSION ROLE r
	{"alter", "role"},          // ALTER ROLE r …
	{"alter", "group"},         // ALTER GROUP r ADD USER r2
	{"add", "user"},            // … ADD USER r2
}

// creators are the keyword sequences after which the SQL makes a role
// itself; those must not be made beforehand ("already exists").
var creators = [][]string{{"create", "role"}, {"create", "user"}, {"create", "group"}}

// statementRoleLists are keywords after which roles follow only in a
// statement that starts with the first word: the grantees of GRANT (TO)
// and REVOKE (FROM), and the roles of CREATE POLICY (TO).
var statementRoleLists = map[string]string{"grant": "to", "revoke": "from", "policy": "to"}

// ScanRoles returns the roles the SQL names (sorted, once each) and those it
// creates itself.
func ScanRoles(sql string) (named, created []string) {
	toks := sqltext.Tokenize(sql)
	namedSet, createdSet := map[string]bool{}, map[string]bool{}
	for i := range toks {
		if body, ok := dollarBody(toks[i]); ok {
			// A DO block (or a function) that makes roles, typically "IF NOT
			// EXISTS … THEN CREATE ROLE": they are its to make.
			_, made := ScanRoles(body)
			for _, r := range made {
				createdSet[r] = true
			}
		}
		for _, seq := range creators {
			if j := matchWords(toks, i, seq); j > 0 && j < len(toks) && isName(toks[j]) &&
				!(seq[1] == "user" && isWord(toks[j], "mapping")) {
				createdSet[toks[j].Value] = true
			}
		}
		for _, seq := range roleLists {
			if j := matchWords(toks, i, seq); j > 0 {
				roleList(toks, j, namedSet)
			}
		}
		if isWord(toks[i], "grant") || isWord(toks[i], "revoke") || isWord(toks[i], "policy") {
			statementRoles(toks, i, namedSet)
		}
	}
	return sorted(namedSet), sorted(createdSet)
}

// statementRoles adds the roles of the GRANT, REVOKE or CREATE POLICY
// starting at toks[i]: the list after its TO or FROM, and for a GRANT or
// REVOKE of roles (one without ON) the granted roles too.
func statementRoles(toks []sqltext.Token, i int, into map[string]bool) {
	first := toks[i].Value
	kw := statementRoleLists[first]
	depth, hasOn := 0, false
	for j := i + 1; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.Text == ";":
			return
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case depth == 0 && isWord(t, "on"):
			hasOn = true
		case depth == 0 && isWord(t, kw):
			if first != "policy" && !hasOn {
				roleList(toks, i+1, into)
			}
			roleList(toks, j+1, into)
			return
		}
	}
}

// roleList adds the comma-separated names starting at toks[j].
func roleList(toks []sqltext.Token, j int, into map[string]bool) {
	for j < len(toks) {
		if isWord(toks[j], "group") || isWord(toks[j], "admin") && j+1 < len(toks) && isWord(toks[j+1], "option") {
			j++
			continue
		}
		if !isName(toks[j]) {
			return
		}
		if !(toks[j].Text[0] != '"' && pseudoRoles[toks[j].Value]) {
			into[toks[j].Value] = true
		}
		if j+1 >= len(toks) || toks[j+1].Text != "," {
			return
		}
		j += 2
	}
}

// dollarBody returns the text inside a dollar-quoted string.
func dollarBody(t sqltext.Token) (string, bool) {
	if t.Kind != sqltext.TokenString || !strings.HasPrefix(t.Text, "$") {
		return "", false
	}
	end := strings.IndexByte(t.Text[1:], '$')
	if end < 0 {
		return "", false
	}
	tag := t.Text[:end+2]
	if len(t.Text) < 2*len(tag) || !strings.HasSuffix(t.Text, tag) {
		return "", false
	}
	return t.Text[len(tag) : len(t.Text)-len(tag)], true
}

// matchWords returns the index after seq if the bare words of seq start at
// toks[i], else 0.
func matchWords(toks []sqltext.Token, i int, seq []string) int {
	for k, w := range seq {
		if i+k >= len(toks) || !isWord(toks[i+k], w) {
			return 0
		}
	}
	return i + len(seq)
}

// isWord reports whether t is the bare (unquoted) keyword w.
func isWord(t sqltext.Token, w string) bool {
	return t.Kind == sqltext.TokenIdent && t.Text[0] != '"' && t.Value == w
}

// isName reports whether t can be a role name.
func isName(t sqltext.Token) bool {
	return t.Kind == sqltext.TokenIdent && t.Value != ""
}

func sorted(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
