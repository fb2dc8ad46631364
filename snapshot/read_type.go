package snapshot

// The user-defined types that types.sql reads in one query: enums,
// domains, composite types and range types (one pg_type scan, split by
// typtype), then what each of them holds that lives elsewhere: domain
// constraints, composite attributes, and the constructor functions of
// range types. The four queries share the step's indexes of OIDs.

import (
	"cmp"
	"slices"
)

// typeRow is one row of types.sql: the union of what enums, domains,
// composite types and range types need.
type typeRow struct {
	OID             uint32   `db:"oid"`
	ArrayOID        uint32   `db:"typarray"`
	RelOID          uint32   `db:"typrelid"`
	TypType         string   `db:"typtype"`
	Schema          string   `db:"schema"`
	Name            string   `db:"name"`
	Labels          []string `db:"labels"`
	BaseType        string   `db:"base_type"`
	Default         string   `db:"default_expr"`
	NotNull         bool     `db:"not_null"`
	Collation       string   `db:"collation"`
	Subtype         string   `db:"subtype"`
	SubtypeOpclass  string   `db:"subtype_opclass"`
	RangeCollation  string   `db:"range_collation"`
	Canonical       string   `db:"canonical"`
	SubtypeDiff     string   `db:"subtype_diff"`
	Multirange      string   `db:"multirange"`
	MultirangeArray uint32   `db:"multirange_array"`
	MultirangeOID   uint32   `db:"multirange_oid"`
	commonRow
}

// typeQueries reads the types, then attaches what belongs to them by the
// OIDs the first query indexed.
func typeQueries() []query {
	idx := &typeIndex{domains: map[uint32]int{}, composites: map[uint32]int{}, ranges: map[uint32]int{}}
	return []query{
		collected[typeRow]{"types.sql", idx.readTypes},
		domainConstraintQuery(idx),
		compositeAttributeQuery(idx),
		rangeConstructorQuery(idx),
	}
}

// typeIndex finds the types read by types.sql by OID.
type typeIndex struct {
	domains    map[uint32]int // domain OID → index in r.cat.Domains
	composites map[uint32]int // composite's pg_class OID → index in r.cat.CompositeTypes
	ranges     map[uint32]int // range type OID → index in r.cat.RangeTypes
}

func (idx *typeIndex) readTypes(r *reader, rows []typeRow) error {
	domains, composites, ranges := idx.domains, idx.composites, idx.ranges
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		var id ObjectID
		switch x.TypType {
		case "e":
			e := Enum{Schema: x.Schema, Name: x.Name, Labels: x.Labels, Common: common}
			id = e.ID()
			r.cat.Enums = append(r.cat.Enums, e)
		case "d":
			d := Domain{Schema: x.Schema, Name: x.Name, BaseType: x.BaseType, Default: x.Default,
				NotNull: x.NotNull, Collation: x.Collation, Common: common}
			id = d.ID()
			domains[x.OID] = len(r.cat.Domains)
			r.cat.Domains = append(r.cat.Domains, d)
		case "c":
			c := CompositeType{Schema: x.Schema, Name: x.Name, Common: common}
			id = c.ID()
			composites[x.RelOID] = len(r.cat.CompositeTypes)
			r.cat.CompositeTypes = append(r.cat.CompositeTypes, c)
			// The attributes' own dependencies (on their types) are the type's.
			r.register(pgClass, x.RelOID, 0, id)
		case "r":
			rt := RangeType{Schema: x.Schema, Name: x.Name, Subtype: x.Subtype, SubtypeOpclass: x.SubtypeOpclass,
				Collation: x.RangeCollation, Canonical: x.Canonical, SubtypeDiff: x.SubtypeDiff,
				Multirange: x.Multirange, Common: common}
			id = rt.ID()
			ranges[x.OID] = len(r.cat.RangeTypes)
			r.cat.RangeTypes = append(r.cat.RangeTypes, rt)
			if x.MultirangeOID != 0 {
				r.register(pgType, x.MultirangeOID, 0, id)
				r.register(pgType, x.MultirangeArray, 0, id)
			}
		default:
			continue
		}
		r.register(pgType, x.OID, 0, id)
		if x.ArrayOID != 0 {
			r.register(pgType, x.ArrayOID, 0, id)
		}
	}
	return nil
}

// rangeConstructorQuery attaches to each range type the functions
// PostgreSQL made with it, sorted by schema, name and arguments.
func rangeConstructorQuery(idx *typeIndex) query {
	type row struct {
		RangeOID     uint32 `db:"range_oid"`
		Schema       string `db:"schema"`
		Name         string `db:"name"`
		IdentityArgs string `db:"identity_args"`
		Multirange   bool   `db:"multirange"`
		commonRow
	}
	return collected[row]{"range_constructors.sql", func(r *reader, rows []row) error {
		ranges := idx.ranges
		for _, x := range rows {
			i, ok := ranges[x.RangeOID]
			if !ok {
				continue // a range type of an extension or a system schema
			}
			common, err := x.common()
			if err != nil {
				return err
			}
			rt := &r.cat.RangeTypes[i]
			rt.Constructors = append(rt.Constructors, RangeConstructor{Schema: x.Schema, Name: x.Name,
				IdentityArgs: x.IdentityArgs, Multirange: x.Multirange, Common: common})
		}
		for _, i := range ranges {
			slices.SortFunc(r.cat.RangeTypes[i].Constructors, func(a, b RangeConstructor) int {
				return cmp.Or(cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Name, b.Name), cmp.Compare(a.IdentityArgs, b.IdentityArgs))
			})
		}
		return nil
	}}
}

func domainConstraintQuery(idx *typeIndex) query {
	type row struct {
		OID        uint32 `db:"oid"`
		DomainOID  uint32 `db:"domain_oid"`
		Name       string `db:"name"`
		Definition string `db:"definition"`
		Validated  bool   `db:"validated"`
		Comment    string `db:"comment"`
	}
	return collected[row]{"domain_constraints.sql", func(r *reader, rows []row) error {
		domains := idx.domains
		for _, x := range rows {
			i, ok := domains[x.DomainOID]
			if !ok {
				continue // a domain of an extension or a system schema
			}
			d := &r.cat.Domains[i]
			d.Constraints = append(d.Constraints, DomainConstraint{Name: x.Name, Definition: x.Definition,
				Validated: x.Validated, Comment: x.Comment})
			// A domain constraint is part of its domain: edges to and from it are the domain's.
			r.register(pgConstraint, x.OID, 0, d.ID())
		}
		return nil
	}}
}

func compositeAttributeQuery(idx *typeIndex) query {
	type row struct {
		RelOID    uint32 `db:"attrelid"`
		Num       int16  `db:"attnum"`
		Name      string `db:"name"`
		Type      string `db:"type"`
		Collation string `db:"collation"`
		Comment   string `db:"comment"`
	}
	return collected[row]{"composite_attributes.sql", func(r *reader, rows []row) error {
		composites := idx.composites
		for _, x := range rows {
			i, ok := composites[x.RelOID]
			if !ok {
				continue
			}
			c := &r.cat.CompositeTypes[i]
			c.Attributes = append(c.Attributes, TypeAttribute{Name: x.Name, Type: x.Type, Collation: x.Collation, Comment: x.Comment})
		}
		return nil
	}}
}
