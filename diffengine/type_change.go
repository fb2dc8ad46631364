package diffengine

import (
	"regexp"
	"strconv"
	"strings"
)

// What ALTER COLUMN … TYPE does, from PostgreSQL's rules: a conversion is
// lossless when every value of the old type becomes a value of the new one
// unchanged (int → bigint, varchar(10) → varchar(20)); it rewrites the
// table unless the new type is binary coercible from the old one and only
// relaxes a limit, which the type's support function lets PostgreSQL skip
// (varchar(10) → varchar(20) or text, numeric(10,2) → numeric(12,2),
// timestamp(3) → timestamp(6)). Anything not listed here is taken to be
// lossy and to rewrite, which is the safe side for a reviewer.

// typeChangeStatement is the ALTER COLUMN … TYPE statement sql, changing
// the column's type from from to to (newType) or only its collation, with
// its hazards.
func typeChangeStatement(sql, from, to string, newType bool) Statement {
	s := stmt(ActionAlter, sql)
	if !newType {
		return s // a new collation: the values stay, the indexes are rebuilt
	}
	lossless, rewrite := columnTypeChange(from, to)
	if !lossless {
		s.addHazard(hazard(HazardDataLoss, "converting %s to %s can fail or change values", from, to))
	}
	if rewrite {
		s.Rewrites = true
		s.addHazard(hazard(HazardTableRewrite, "changing the type from %s to %s rewrites the table and its indexes", from, to))
	}
	return s
}

// typeWidening is a conversion between two base types that keeps every
// value.
type typeWidening struct {
	from, to string
	// rewrite is false when the stored bytes are valid as they are.
	rewrite bool
}

var typeWidenings = []typeWidening{
	{"smallint", "integer", true},
	{"smallint", "bigint", true},
	{"integer", "bigint", true},
	{"smallint", "numeric", true},
	{"integer", "numeric", true},
	{"bigint", "numeric", true},
	{"real", "double precision", true},
	{"character varying", "text", false},
	{"text", "character varying", false}, // only without a length: see columnTypeChange
	{"cidr", "inet", false},
}

// relaxableLimits are the types whose length or precision can grow (or be
// dropped) without a rewrite: their support functions tell PostgreSQL so.
// scaleFixed types keep their second modifier (numeric's scale).
var relaxableLimits = map[string]struct{ scaleFixed bool }{
	"character varying":           {},
	"bit varying":                 {},
	"numeric":                     {scaleFixed: true},
	"timestamp without time zone": {},
	"timestamp with time zone":    {},
	"time without time zone":      {},
	"time with time zone":         {},
	"interval":                    {},
}

// growableLimits keep every value when their limit grows, but store it
// padded to the limit, so the table is rewritten.
var growableLimits = map[string]bool{"character": true, "bit": true}

// typeModifierRE splits format_type's output into the name before the
// modifier, the modifier's numbers, and the rest of the name
// ("timestamp(3) without time zone").
var typeModifierRE = regexp.MustCompile(`^([^(]*)\(([0-9, ]+)\)(.*)$`)

// splitType returns a type's base name (modifier removed) and its
// modifiers.
func splitType(t string) (base string, mods []int) {
	m := typeModifierRE.FindStringSubmatch(t)
	if m == nil {
		return t, nil
	}
	for _, part := range strings.Split(m[2], ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil {
			return t, nil
		}
		mods = append(mods, n)
	}
	return m[1] + m[3], mods
}

// columnTypeChange says whether changing a column from type from to type
// to (format_type spellings) keeps every value, and whether it rewrites
// the table.
func columnTypeChange(from, to string) (lossless, rewrite bool) {
	fromElem, fromArray := strings.CutSuffix(from, "[]")
	toElem, toArray := strings.CutSuffix(to, "[]")
	if fromArray != toArray || strings.HasSuffix(fromElem, "[]") || strings.HasSuffix(toElem, "[]") {
		return false, true
	}
	fromBase, fromMods := splitType(fromElem)
	toBase, toMods := splitType(toElem)
	if fromBase == toBase {
		if !limitGrows(fromMods, toMods, relaxableLimits[fromBase].scaleFixed) {
			return false, true
		}
		if _, ok := relaxableLimits[fromBase]; ok {
			return true, false
		}
		return growableLimits[fromBase], true
	}
	for _, w := range typeWidenings {
		if w.from == fromBase && w.to == toBase {
			// A limit on the new type can cut values (text → varchar(n)).
			return len(toMods) == 0, w.rewrite || len(toMods) > 0
		}
	}
	return false, true
}

// limitGrows reports whether modifiers to allow every value modifiers from
// allow: none at all, or each at least as large (the second, a scale, equal
// when scaleFixed).
func limitGrows(from, to []int, scaleFixed bool) bool {
	switch {
	case len(to) == 0:
		return true
	case len(from) == 0 || len(from) != len(to):
		return false
	}
	for i := range from {
		if to[i] < from[i] || scaleFixed && i == 1 && to[i] != from[i] {
			return false
		}
	}
	return true
}
