package snapshot

import "strings"

// indexDefinitionRow is what indexes.sql returns to build a definition from.
type indexDefinitionRow struct {
	RelOID       uint32 `db:"indrelid"`
	Unique       bool   `db:"is_unique"`
	QuotedName   string `db:"quoted_name"`
	AccessMethod string `db:"access_method"`
	KeyCount     int    `db:"key_count"`
	// int2vector and oidvector columns, as text ("1 2 3").
	Attnums     string `db:"attnums"`
	Opclasses   string `db:"opclasses"`
	Collations  string `db:"collations"`
	SortOptions string `db:"sort_options"`
	// The one expression column, if any, and the predicate, as pg_get_expr
	// prints them; the start of the expression's node tree.
	Expression     *string `db:"expression"`
	ExpressionNode *string `db:"expression_node"`
	Predicate      *string `db:"predicate"`
}

// pg_index.indoption bits.
const (
	indexOptionDesc       = 1
	indexOptionNullsFirst = 2
)

// buildIndexDefinition returns pg_get_indexdef's text for an index that
// indexes.sql found simple enough (a built-in access method; at most one
// expression; no options or NULLS NOT DISTINCT), or false when a column
// needs what only the server prints: an operator class or collation other
// than the column's default, operator class options, or an expression
// whose node tree head it cannot read (see readExpressionHead).
func (r *reader) buildIndexDefinition(x *indexDefinitionRow, table relationRef) (string, bool) {
	if r.serverDeparse {
		return "", false
	}
	attnums, ok1 := parseVector[int16](x.Attnums)
	opclasses, ok2 := parseVector[uint32](x.Opclasses)
	collations, ok3 := parseVector[uint32](x.Collations)
	sortOptions, ok4 := parseVector[int16](x.SortOptions)
	if !ok1 || !ok2 || !ok3 || !ok4 || len(opclasses) < x.KeyCount || len(collations) < x.KeyCount || len(sortOptions) < x.KeyCount {
		return "", false
	}
	expression := x.Expression // taken by the one expression column
	var b strings.Builder
	b.WriteString("CREATE ")
	if x.Unique {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX ")
	b.WriteString(x.QuotedName)
	b.WriteString(" ON ")
	if table.partitioned {
		b.WriteString("ONLY ")
	}
	b.WriteString(table.quoted)
	b.WriteString(" USING ")
	b.WriteString(x.AccessMethod)
	b.WriteString(" (")
	for k, num := range attnums {
		switch {
		case k == x.KeyCount:
			b.WriteString(") INCLUDE (")
		case k > 0:
			b.WriteString(", ")
		}
		var typ, collation uint32
		if num == 0 {
			if k >= x.KeyCount || expression == nil || x.ExpressionNode == nil {
				return "", false
			}
			head, ok := readExpressionHead(*x.ExpressionNode)
			if !ok {
				return "", false
			}
			// pg_get_indexdef brackets an expression unless it prints as a
			// function call (looks_like_function).
			if head.functionCall {
				b.WriteString(*expression)
			} else {
				b.WriteByte('(')
				b.WriteString(*expression)
				b.WriteByte(')')
			}
			expression = nil
			typ, collation = head.typ, head.collation
		} else {
			col, ok := r.columnByNum(x.RelOID, num)
			if !ok {
				return "", false
			}
			b.WriteString(col.quoted)
			typ, collation = col.typ, col.collation
		}
		if k >= x.KeyCount {
			continue // INCLUDE columns print by name only
		}
		if !r.opclasses.isDefault(opclasses[k], typ) {
			return "", false
		}
		if coll := collations[k]; coll != 0 && coll != collation {
			return "", false
		}
		if !writeSortOptions(&b, x.AccessMethod, sortOptions[k]) {
			return "", false
		}
	}
	b.WriteByte(')')
	if x.Predicate != nil {
		b.WriteString(" WHERE ")
		b.WriteString(*x.Predicate)
	}
	return b.String(), true
}

// writeSortOptions writes a key column's DESC and NULLS as ruleutils.c does
// for an access method that can order (btree); the others have none.
func writeSortOptions(b *strings.Builder, accessMethod string, opt int16) bool {
	if accessMethod != "btree" {
		return opt == 0
	}
	desc, nullsFirst := opt&indexOptionDesc != 0, opt&indexOptionNullsFirst != 0
	switch {
	case desc && !nullsFirst:
		b.WriteString(" DESC NULLS LAST")
	case desc:
		b.WriteString(" DESC")
	case nullsFirst:
		b.WriteString(" NULLS FIRST")
	}
	return true
}
