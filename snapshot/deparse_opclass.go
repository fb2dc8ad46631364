package snapshot

// opclassChooser answers the question pg_get_indexdef asks of each key
// column: is its operator class the one PostgreSQL chooses by default for
// the column's type? If so the class is not printed. The answer follows
// GetDefaultOpClass and IsBinaryCoercible (indexcmds.c, parse_coerce.c),
// and is given only when it is certain: for any type or class it does not
// know, the index's definition is left to the server.
type opclassChooser struct {
	defaults    map[string][]defaultOpclass // by access method
	byOID       map[uint32]defaultOpclass
	types       map[uint32]opclassType
	binaryCasts map[[2]uint32]bool // (source, target)
}

type defaultOpclass struct {
	OID          uint32 `db:"oid"`
	AccessMethod string `db:"access_method"`
	InputType    uint32 `db:"input_type"`
	TakesOptions bool   `db:"takes_options"`
}

type opclassType struct {
	OID       uint32 `db:"oid"`
	Kind      string `db:"type_kind"` // typtype
	BaseType  uint32 `db:"base_type"` // of a domain
	Category  string `db:"category"`
	Preferred bool   `db:"preferred"`
	IsArray   bool   `db:"is_array"`
}

// Pseudo-types that IsBinaryCoercible treats specially. Their OIDs are
// fixed in PostgreSQL's source.
const (
	typeAny                     = 2276
	typeAnyElement              = 2283
	typeAnyArray                = 2277
	typeAnyNonArray             = 2776
	typeAnyEnum                 = 3500
	typeAnyRange                = 3831
	typeAnyMultirange           = 4537
	typeAnyCompatible           = 5077
	typeAnyCompatibleArray      = 5078
	typeAnyCompatibleNonArray   = 5079
	typeAnyCompatibleRange      = 5080
	typeAnyCompatibleMultirange = 4538
	typeRecord                  = 2249
	typeRecordArray             = 2287
)

// pg_type.typtype values the choice depends on.
const (
	typeKindDomain, typeKindEnum = "d", "e"
	typeKindRange, typeKindMulti = "r", "m"
)

// maxDomainDepth bounds the walk from a domain to its base type.
const maxDomainDepth = 32

// isDefault reports whether pg_get_indexdef leaves operator class opclass
// unnamed on a column of type colType; false too when that is not certain.
// A class that takes options is never certain: the column may have some.
func (c *opclassChooser) isDefault(opclass, colType uint32) bool {
	oc, ok := c.byOID[opclass]
	if !ok || oc.TakesOptions {
		return false
	}
	chosen, sure := c.defaultFor(oc.AccessMethod, colType)
	return sure && chosen == opclass
}

// defaultFor is GetDefaultOpClass: an exact match for the (domain's base)
// type wins; otherwise a single binary-coercible default, or the single one
// whose input type is preferred in the type's category. 0 means none.
func (c *opclassChooser) defaultFor(accessMethod string, colType uint32) (chosen uint32, sure bool) {
	base, ok := c.baseType(colType)
	if !ok {
		return 0, false
	}
	category := c.types[base].Category
	var exact, preferred, compatible int
	for _, oc := range c.defaults[accessMethod] {
		if oc.InputType == base {
			exact++
			chosen = oc.OID
			continue
		}
		if exact > 0 {
			continue
		}
		coercible, known := c.binaryCoercible(base, oc.InputType)
		if !known {
			return 0, false
		}
		if !coercible {
			continue
		}
		if t := c.types[oc.InputType]; t.Preferred && t.Category == category {
			preferred++
			chosen = oc.OID
		} else if preferred == 0 {
			compatible++
			chosen = oc.OID
		}
	}
	switch {
	case exact == 1:
		return chosen, true
	case exact > 1:
		return 0, false // two exact defaults: a broken catalog
	case preferred == 1 || (preferred == 0 && compatible == 1):
		return chosen, true
	}
	return 0, true
}

// baseType follows domains down to their base type (getBaseType).
func (c *opclassChooser) baseType(t uint32) (uint32, bool) {
	for range maxDomainDepth {
		info, ok := c.types[t]
		if !ok {
			return 0, false
		}
		if info.Kind != typeKindDomain {
			return t, true
		}
		t = info.BaseType
	}
	return 0, false
}

// binaryCoercible is IsBinaryCoercible for a source that is not a domain;
// known is false when the answer depends on something not read.
func (c *opclassChooser) binaryCoercible(source, target uint32) (coercible, known bool) {
	if source == target {
		return true, true
	}
	src, ok := c.types[source]
	if !ok {
		return false, false
	}
	switch target {
	case typeAny, typeAnyElement, typeAnyCompatible:
		return true, true
	case typeAnyArray, typeAnyCompatibleArray:
		return src.IsArray, true
	case typeAnyNonArray, typeAnyCompatibleNonArray:
		return !src.IsArray, true
	case typeAnyEnum:
		return src.Kind == typeKindEnum, true
	case typeAnyRange, typeAnyCompatibleRange:
		return src.Kind == typeKindRange, true
	case typeAnyMultirange, typeAnyCompatibleMultirange:
		return src.Kind == typeKindMulti, true
	case typeRecord, typeRecordArray:
		// Composite types and their arrays are not read, so the source
		// is neither.
		return false, true
	}
	return c.binaryCasts[[2]uint32{source, target}], true
}
