package diffengine

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

var operatorRules = &rules[snapshot.Operator]{
	objectKind: snapshot.KindOperator,
	list:       func(c *snapshot.Catalog) []snapshot.Operator { return c.Operators },
	// A shell operator (no function yet) is what PostgreSQL makes when an
	// operator names a commutator or negator that does not exist; the
	// CREATE OPERATOR that names it makes it again.
	skip: func(o snapshot.Operator) bool { return o.Function == "-" },
	create: plain(func(p *planner, o snapshot.Operator) []Statement {
		out := []Statement{stmt(ActionCreate, operatorDefinition(o))}
		out = append(out, commentOnCreate(operatorSignature(o), o.Comment)...)
		return append(out, p.ownerAndGrants(o.ID(), operatorSignature(o), "", nil, snapshot.Common{Owner: o.Owner})...)
	}),
	drop: plain(func(p *planner, o snapshot.Operator) []Statement {
		// DROP OPERATOR also clears the commutator and negator links other
		// operators hold to this one.
		return []Statement{stmt(ActionDrop, "DROP "+operatorSignature(o), p.dropHazards(o.ID(), false)...)}
	}),
	alter: func(p *planner, from, to snapshot.Operator) (planned, bool) {
		if from.Function != to.Function || from.Result != to.Result {
			return planned{}, true
		}
		var set []string
		if from.Restrict != to.Restrict {
			set = append(set, "RESTRICT = "+estimatorOrNone(to.Restrict))
		}
		if from.Join != to.Join {
			set = append(set, "JOIN = "+estimatorOrNone(to.Join))
		}
		links, waits, ok := operatorLinkChanges(p, from, to)
		if !ok {
			return planned{}, true
		}
		set = append(set, links...)
		out := planned{order: waits}
		if len(set) > 0 {
			out.add(stmt(ActionAlter, "ALTER "+operatorSignature(to)+" SET ("+strings.Join(set, ", ")+")"))
		}
		out.add(commentChange(operatorSignature(to), from.Comment, to.Comment)...)
		out.add(p.ownerAndGrants(to.ID(), operatorSignature(to), "",
			&snapshot.Common{Owner: from.Owner}, snapshot.Common{Owner: to.Owner})...)
		return out, false
	},
}

// operatorSignature is "OPERATOR s.op (left, right)", NONE for a missing
// operand, as ALTER, COMMENT ON and DROP want it.
func operatorSignature(o snapshot.Operator) string {
	return "OPERATOR " + ident(o.Schema) + "." + o.Name + " (" + o.ID().Args + ")"
}

func estimatorOrNone(function string) string {
	if function == "" {
		return "NONE"
	}
	return function
}

func operatorDefinition(o snapshot.Operator) string {
	opts := []string{"FUNCTION = " + o.Function}
	add := func(cond bool, opt string) {
		if cond {
			opts = append(opts, opt)
		}
	}
	add(o.Left != "", "LEFTARG = "+o.Left)
	add(o.Right != "", "RIGHTARG = "+o.Right)
	add(o.Commutator != "", "COMMUTATOR = "+o.Commutator)
	add(o.Negator != "", "NEGATOR = "+o.Negator)
	add(o.Restrict != "", "RESTRICT = "+o.Restrict)
	add(o.Join != "", "JOIN = "+o.Join)
	add(o.Hashes, "HASHES")
	add(o.Merges, "MERGES")
	return "CREATE OPERATOR " + ident(o.Schema) + "." + o.Name + " (\n    " + strings.Join(opts, ",\n    ") + "\n)"
}

// operatorLinkChanges returns the ALTER OPERATOR … SET items for the
// commutator, negator, HASHES and MERGES, or ok=false when the operator must
// be replaced instead. PostgreSQL 17 can set them, but only where they were
// unset (or false): it never changes or clears one.
func operatorLinkChanges(p *planner, from, to snapshot.Operator) (set []string, waits [][2]stepKey, ok bool) {
	if from.Commutator == to.Commutator && from.Negator == to.Negator && from.Hashes == to.Hashes && from.Merges == to.Merges {
		return nil, nil, true
	}
	if p.from.ServerVersionNum < 170000 || p.to.ServerVersionNum < 170000 ||
		(from.Hashes && !to.Hashes) || (from.Merges && !to.Merges) {
		return nil, nil, false
	}
	for _, link := range []struct {
		keyword, before, after string
		left, right            string // the linked operator's operands
	}{
		{"COMMUTATOR", from.Commutator, to.Commutator, to.Right, to.Left},
		{"NEGATOR", from.Negator, to.Negator, to.Left, to.Right},
	} {
		if link.before == link.after {
			continue
		}
		if link.before != "" {
			return nil, nil, false
		}
		other, found := findOperator(p.to, link.after, link.left, link.right)
		if !found || !p.existsInSource(other.ID()) {
			// ALTER, unlike CREATE, does not make a shell for a missing
			// operator.
			return nil, nil, false
		}
		if other.ID() != to.ID() {
			// Links are symmetric: setting one sets the other's too. When
			// both gain the link, the smaller identity's statement does it.
			if otherFrom, ok := findOperator(p.from, link.after, link.left, link.right); ok &&
				operatorLink(otherFrom, link.keyword) == "" && operatorLink(other, link.keyword) == operatorRef(to) &&
				other.ID().Compare(to.ID()) < 0 {
				continue
			}
			// If the other operator is being created again, wait for it.
			waits = append(waits, [2]stepKey{creating(other.ID()), creating(to.ID())})
		}
		set = append(set, link.keyword+" = "+link.after)
	}
	if to.Hashes && !from.Hashes {
		set = append(set, "HASHES")
	}
	if to.Merges && !from.Merges {
		set = append(set, "MERGES")
	}
	return set, waits, true
}

// operatorRef is how commutators and negators name o: OPERATOR(s.op).
func operatorRef(o snapshot.Operator) string {
	return "OPERATOR(" + ident(o.Schema) + "." + o.Name + ")"
}

func operatorLink(o snapshot.Operator, keyword string) string {
	if keyword == "COMMUTATOR" {
		return o.Commutator
	}
	return o.Negator
}

// findOperator finds the operator ref ("OPERATOR(s.op)") with these operands.
func findOperator(c *snapshot.Catalog, ref, left, right string) (snapshot.Operator, bool) {
	for _, o := range c.Operators {
		if operatorRef(o) == ref && o.Left == left && o.Right == right {
			return o, true
		}
	}
	return snapshot.Operator{}, false
}
