package strata

import (
	"strings"
	"unsafe"

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
//
// A definition it puts back together is written into the arena in one
// piece, and the index's name, which decodeIndexName left pointing into
// the stream, becomes the part of it that restates the name: in the views
// benchmark catalog (50,000 indexes, 35,000 with a definition) the names
// (49,603) took 1.6 MB and the definitions 4.0 MB, each rounded up to
// Go's allocation sizes. The rest of a definition is read without a copy of its own
// unless it repeats (then it is numbered, or a reference).
func decodeIndexDefinition(d *decoder, v *snapshot.Index) string {
	s, view := d.strView()
	if !view {
		s = d.str()
	}
	if s == "" {
		return ""
	}
	var p [7]string
	switch s[:1] {
	case markEscaped:
		return d.keep(s[1:], view)
	case markIndex:
		p = indexPrefix(v, false)
	case markUniqueIndex:
		p = indexPrefix(v, true)
	default:
		return d.keep(s, view)
	}
	size := int64(len(s) - 1)
	for _, part := range p {
		size += int64(len(part))
	}
	def := d.arenaBytes(size)
	if def == nil {
		return ""
	}
	at := 0
	for _, part := range p {
		at += copy(def[at:], part)
	}
	copy(def[at:], s[1:])
	if d.held == &v.Name {
		v.Name = unsafe.String(&def[len(p[0])], len(v.Name))
		d.held = nil
	}
	return unsafe.String(&def[0], len(def))
}

// decodeIndexName reads an index's name: when it can, without a copy,
// for decodeIndexDefinition to point it into the definition, or
// finishIndex to copy it.
func decodeIndexName(d *decoder, v *snapshot.Index) string {
	if s, ok := d.strView(); ok {
		d.held = &v.Name
		return s
	}
	return d.str()
}

// finishIndex ends the decoding of an index: a name that still points
// into the stream is copied, unless it is the name of the constraint the
// index enforces (a primary key's index and the key share a name), whose
// copy it then shares.
func finishIndex(d *decoder, v *snapshot.Index) {
	if d.held != &v.Name {
		return
	}
	d.held = nil
	switch {
	case d.err != nil:
		v.Name = ""
	case v.Name == v.Constraint:
		v.Name = v.Constraint
	default:
		v.Name = d.keep(v.Name, true)
	}
}

func encodeIndexName(e *encoder, v *snapshot.Index) { e.str(v.Name) }

// decodeConstraintIndex reads the name of the index that enforces a
// constraint: for a primary key or unique constraint, most often the
// constraint's own name, whose copy it then shares (0.38 MB, 14,160 of
// the views benchmark catalog's 40,060 constraints).
func decodeConstraintIndex(d *decoder, v *snapshot.Constraint) string {
	if s, ok := d.strView(); ok {
		if s == v.Name {
			return v.Name
		}
		return d.keep(s, true)
	}
	return d.str()
}

func encodeConstraintIndex(e *encoder, v *snapshot.Constraint) { e.str(v.Index) }
