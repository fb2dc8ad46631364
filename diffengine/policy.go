package diffengine

import (
	"slices"
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var policyRules = &rules[snapshot.Policy]{
	objectKind: snapshot.KindPolicy,
	list:       func(c *snapshot.Catalog) []snapshot.Policy { return c.Policies },
	create: plain(func(p *planner, pol snapshot.Policy) []Statement {
		clauses := []string{"FOR " + policyCommands[pol.Command]}
		if !pol.Permissive {
			clauses = []string{"AS RESTRICTIVE", clauses[0]}
		}
		clauses = append(clauses, policyClauses(pol, true)...)
		sql := "CREATE " + policyTarget(pol) + "\n    " + strings.Join(clauses, "\n    ")
		out := []Statement{stmt(ActionCreate, sql)}
		return append(out, commentOnCreate(policyTarget(pol), pol.Comment)...)
	}),
	drop: plain(func(p *planner, pol snapshot.Policy) []Statement {
		if p.relationDropped(pol.Schema, pol.Table) {
			return nil
		}
		return []Statement{stmt(ActionDrop, "DROP "+policyTarget(pol), p.dropHazards(pol.ID(), false)...)}
	}),
	alter: plainAlter(func(p *planner, from, to snapshot.Policy) ([]Statement, bool) {
		// ALTER POLICY can change roles and expressions but not the kind or
		// the command, and cannot remove an expression once set.
		if from.Permissive != to.Permissive || from.Command != to.Command ||
			from.Using != "" && to.Using == "" || from.WithCheck != "" && to.WithCheck == "" {
			return nil, true
		}
		var out []Statement
		changed := to
		if slices.Equal(from.Roles, to.Roles) {
			changed.Roles = nil
		}
		if from.Using == to.Using {
			changed.Using = ""
		}
		if from.WithCheck == to.WithCheck {
			changed.WithCheck = ""
		}
		if clauses := policyClauses(changed, false); len(clauses) > 0 {
			// One clause reads best on one line, several one per line.
			sep := " "
			if len(clauses) > 1 {
				sep = "\n    "
			}
			out = append(out, stmt(ActionAlter, "ALTER "+policyTarget(to)+sep+strings.Join(clauses, sep)))
		}
		return append(out, commentChange(policyTarget(to), from.Comment, to.Comment)...), false
	}),
}

var policyCommands = map[string]string{"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}

// policyTarget is "POLICY name ON s.table", as CREATE, ALTER, DROP and
// COMMENT ON want it.
func policyTarget(pol snapshot.Policy) string {
	return "POLICY " + ident(pol.Name) + " ON " + qualified(pol.Schema, pol.Table)
}

// policyClauses renders the TO, USING and WITH CHECK clauses that are set.
// On creation TO PUBLIC, the default, is left out.
func policyClauses(pol snapshot.Policy, creating bool) []string {
	var out []string
	if len(pol.Roles) > 0 && !(creating && slices.Equal(pol.Roles, []string{"public"})) {
		roles := make([]string, len(pol.Roles))
		for i, r := range pol.Roles {
			roles[i] = roleName(r)
		}
		out = append(out, "TO "+strings.Join(roles, ", "))
	}
	if pol.Using != "" {
		out = append(out, "USING "+parenthesized(pol.Using))
	}
	if pol.WithCheck != "" {
		out = append(out, "WITH CHECK "+parenthesized(pol.WithCheck))
	}
	return out
}

// roleName quotes a role for a TO list; "public" (no role can have that
// name) stands for the PUBLIC pseudo-role.
func roleName(role string) string {
	if role == "public" {
		return "PUBLIC"
	}
	return ident(role)
}

// parenthesized wraps a deparsed expression in parentheses unless one pair
// already encloses all of it: pg_get_expr writes "(a = b)" for an operator
// but "f(x)" or "true" bare, and clauses like USING (…) need the parentheses
// exactly once to read naturally.
func parenthesized(expr string) string {
	if strings.HasPrefix(expr, "(") && closingParen(expr) == len(expr)-1 {
		return expr
	}
	return "(" + expr + ")"
}

// closingParen returns the index of the parenthesis that closes the one
// expr starts with, skipping quoted literals and identifiers (deparsed SQL
// escapes quotes by doubling them, which toggling handles), or -1.
func closingParen(expr string) int {
	depth := 0
	var quote byte
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
