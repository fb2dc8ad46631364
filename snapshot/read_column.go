package snapshot

// Columns of tables and views: the biggest result of a read (100,000 rows
// at 10,000 tables), streamed row by row and stored per relation, with the
// facts the reader builds index and constraint definitions from.

import "slices"

// columnAddress is a column as pg_depend and pg_description address it:
// its relation's OID and its attnum.
type columnAddress struct {
	rel uint32
	num int16
}

// columnID is the identity of a captured column, found from its relation and
// the attnums recorded when the columns were read.
func (r *reader) columnID(a columnAddress) (ObjectID, bool) {
	rel, ok := r.relation(a.rel)
	if !ok {
		return ObjectID{}, false
	}
	nums := r.attnums[a.rel]
	i, found := slices.BinarySearch(nums, a.num)
	if !found {
		return ObjectID{}, false
	}
	var name string
	if rel.table >= 0 {
		name = r.cat.Tables[rel.table].Columns[i].Name
	} else {
		name = r.cat.Views[rel.view].Columns[i].Name
	}
	return ColumnID(rel.schema, rel.name, name), true
}

func columnQueries() []query {
	type row struct {
		RelOID           uint32   `db:"attrelid"`
		Num              int16    `db:"attnum"`
		AttrdefOID       *uint32  `db:"attrdef_oid"`
		Name             string   `db:"name"`
		TypeOID          uint32   `db:"type_oid"`
		CollationOID     uint32   `db:"collation_oid"`
		QuotedName       *string  `db:"quoted_name"`
		Type             string   `db:"type"`
		NotNull          bool     `db:"not_null"`
		Default          string   `db:"default_expr"`
		Generated        string   `db:"generated"`
		Identity         string   `db:"identity"`
		Collation        string   `db:"collation"`
		Storage          string   `db:"storage"`
		TypeStorage      string   `db:"type_storage"`
		Compression      string   `db:"compression"`
		StatisticsTarget *int     `db:"statistics_target"`
		Options          []string `db:"options"`
		ForeignOptions   []string `db:"foreign_options"`
		InheritedOnly    bool     `db:"inherited_only"`
		InheritCount     int      `db:"inherit_count"`
		Comment          string   `db:"comment"`
		ACL              []string `db:"acl"`
	}
	// A relation's rows are gathered in pending and stored when the next
	// relation's begin, in slices of exactly their number: appending to
	// Table.Columns row by row would leave every table with up to twice the
	// capacity it needs, which at 100,000 columns is tens of megabytes kept
	// until the program ends. The query has no ORDER BY, so that rows reach
	// the client while the server is still producing them; most relations'
	// rows come together and in attnum order, and when they do not
	// (parallel workers split about one in nine at 10,000 tables; columns
	// added later) storeColumns merges.
	var pending []pendingColumn
	pendingRel := uint32(0)
	flush := func(r *reader) error {
		if len(pending) > 0 {
			r.storeColumns(pendingRel, pending)
		}
		pending = pending[:0]
		return nil
	}
	return []query{streamed[row]{file: "columns.sql", use: func(r *reader, x *row) error {
		if _, ok := r.relation(x.RelOID); !ok {
			return nil // a relation of an extension
		}
		if x.RelOID != pendingRel {
			flush(r)
			pendingRel = x.RelOID
		}
		acl, err := parseACL(x.ACL)
		if err != nil {
			return err
		}
		details := ColumnDetails{Generated: x.Generated, Collation: x.Collation, Storage: x.Storage,
			TypeStorage: x.TypeStorage, Compression: x.Compression, StatisticsTarget: x.StatisticsTarget,
			Options: emptyToNil(x.Options), ForeignOptions: emptyToNil(x.ForeignOptions),
			InheritedOnly: x.InheritedOnly, InheritCount: x.InheritCount, Comment: x.Comment, ACL: acl}
		if x.Identity != "" {
			details.Identity = &Identity{Generated: x.Identity}
		}
		col := Column{Name: x.Name, Type: x.Type, NotNull: x.NotNull, Default: x.Default, Details: details.OrNil()}
		if x.AttrdefOID != nil {
			r.attrdefs[*x.AttrdefOID] = columnAddress{x.RelOID, x.Num}
		}
		facts := columnFacts{typ: x.TypeOID, collation: x.CollationOID, quoted: x.Name}
		if x.QuotedName != nil {
			facts.quoted = *x.QuotedName
		}
		pending = append(pending, pendingColumn{col, x.Num, facts})
		return nil
	}, done: flush}}
}

// pendingColumn is a column read but not yet stored with its relation.
type pendingColumn struct {
	column Column
	num    int16
	facts  columnFacts
}

// storeColumns stores columns of relation rel, adding them to those
// already stored if its rows came apart, in attnum order.
func (r *reader) storeColumns(rel uint32, columns []pendingColumn) {
	ref, _ := r.relation(rel)
	var stored *[]Column
	if ref.table >= 0 {
		stored = &r.cat.Tables[ref.table].Columns
	} else {
		stored = &r.cat.Views[ref.view].Columns
	}
	if nums := r.attnums[rel]; len(nums) > 0 {
		previous := make([]pendingColumn, len(nums))
		for i := range nums {
			previous[i] = pendingColumn{(*stored)[i], nums[i], r.columnFacts[rel][i]}
		}
		columns = append(previous, columns...)
	}
	if !slices.IsSortedFunc(columns, byAttnum) {
		slices.SortFunc(columns, byAttnum)
	}
	cols, nums, facts := make([]Column, len(columns)), make([]int16, len(columns)), make([]columnFacts, len(columns))
	for i, c := range columns {
		cols[i], nums[i], facts[i] = c.column, c.num, c.facts
	}
	*stored, r.attnums[rel], r.columnFacts[rel] = cols, nums, facts
}

func byAttnum(a, b pendingColumn) int { return int(a.num) - int(b.num) }
