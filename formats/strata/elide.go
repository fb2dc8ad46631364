package strata

import (
	"strings"

	"github.com/pgstrata/pgstrata/snapshot"
)

// An index definition restates the index's name, schema and table:
// "CREATE INDEX orders_note_idx ON shop.orders USING btree (note)". When it
// starts so (names that need no quoting), the body stores only what follows
// "USING ", behind a marker byte that says which prefix to put back; this
// takes about 30% off the indexes of a compressed catalog. The markers are
// bytes no definition starts with; a definition that does start with one
// (only a hand-made catalog could) is stored behind an escape byte, so the
// encoding stays one to one.
const (
	markEscaped     = "\x00" // the definition follows as it is
	markIndex       = "\x01" // CREATE INDEX <name> ON <schema>.<table> USING …
	markUniqueIndex = "\x02" // CREATE UNIQUE INDEX …
)

// indexPrefix is what markIndex (or markUniqueIndex) stands for, in parts.
func indexPrefix(v *snapshot.Index, unique bool) [7]string {
	create := "CREATE INDEX "
	if unique {
		create = "CREATE UNIQUE INDEX "
	}
	return [...]string{create, v.Name, " ON ", v.Schema, ".", v.Table, " USING "}
}

// cutIndexPrefix is strings.CutPrefix of def and indexPrefix, without
// building the prefix.
func cutIndexPrefix(def string, v *snapshot.Index, unique bool) (rest string, found bool) {
	rest = def
	for _, part := range indexPrefix(v, unique) {
		if rest, found = strings.CutPrefix(rest, part); !found {
			return "", false
		}
	}
	return rest, true
}

func encodeIndexDefinition(e *encoder, v *snapshot.Index) {
	def := v.Definition
	switch {
	case def == "":
		e.writeNil()
		return
	case def[0] <= markUniqueIndex[0]:
		e.strValue(markEscaped + def)
		return
	}
	for _, mark := range []string{markIndex, markUniqueIndex} {
		if rest, ok := cutIndexPrefix(def, v, mark == markUniqueIndex); ok {
			e.strValue(mark + rest)
			return
		}
	}
	e.strValue(def)
}

// decodeIndexDefinition reads what encodeIndexDefinition wrote, after the
// index's name, schema and table.
func decodeIndexDefinition(d *decoder, v *snapshot.Index) string {
	s := d.str()
	if s == "" {
		return ""
	}
	var p [7]string
	switch s[:1] {
	case markEscaped:
		return s[1:]
	case markIndex:
		p = indexPrefix(v, false)
	case markUniqueIndex:
		p = indexPrefix(v, true)
	default:
		return s
	}
	size := len(s)
	for _, part := range p {
		size += len(part)
	}
	if !d.charge(int64(size)) {
		return ""
	}
	// One concatenation of the parts and the rest: one string allocated,
	// not the prefix and then the whole.
	return p[0] + p[1] + p[2] + p[3] + p[4] + p[5] + p[6] + s[1:]
}
