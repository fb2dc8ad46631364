package snapshot

// Publications, then the tables and schemas they list (one query each,
// attached by publication OID).

import (
	"cmp"
	"slices"
)

func publicationQueries() []query {
	type pubRow struct {
		OID       uint32 `db:"oid"`
		Name      string `db:"name"`
		AllTables bool   `db:"all_tables"`
		Insert    bool   `db:"insert"`
		Update    bool   `db:"update"`
		Delete    bool   `db:"delete"`
		Truncate  bool   `db:"truncate"`
		ViaRoot   bool   `db:"via_root"`
		Owner     string `db:"owner"`
		Comment   string `db:"comment"`
	}
	type tableRow struct {
		OID            uint32   `db:"oid"`
		PublicationOID uint32   `db:"publication_oid"`
		Schema         string   `db:"schema"`
		Name           string   `db:"name"`
		Columns        []string `db:"columns"`
		RowFilter      string   `db:"row_filter"`
	}
	type schemaRow struct {
		OID            uint32 `db:"oid"`
		PublicationOID uint32 `db:"publication_oid"`
		Schema         string `db:"schema"`
	}
	index := map[uint32]int{} // publication OID → index in r.cat.Publications
	return []query{
		collected[pubRow]{"publications.sql", func(r *reader, pubs []pubRow) error {
			for _, x := range pubs {
				p := Publication{Name: x.Name, AllTables: x.AllTables, Insert: x.Insert, Update: x.Update,
					Delete: x.Delete, Truncate: x.Truncate, ViaRoot: x.ViaRoot, Owner: x.Owner, Comment: x.Comment}
				r.register(pgPublication, x.OID, 0, p.ID())
				index[x.OID] = len(r.cat.Publications)
				r.cat.Publications = append(r.cat.Publications, p)
			}
			return nil
		}},
		collected[tableRow]{"publication_tables.sql", func(r *reader, tables []tableRow) error {
			for _, x := range tables {
				i, ok := index[x.PublicationOID]
				if !ok {
					continue // publication of an extension
				}
				p := &r.cat.Publications[i]
				r.register(pgPublicationRel, x.OID, 0, p.ID())
				p.Tables = append(p.Tables, PublicationTable{
					Table:     QualifiedName{Schema: x.Schema, Name: x.Name},
					Columns:   emptyToNil(x.Columns),
					RowFilter: x.RowFilter,
				})
			}
			return nil
		}},
		collected[schemaRow]{"publication_schemas.sql", func(r *reader, schemas []schemaRow) error {
			for _, x := range schemas {
				if i, ok := index[x.PublicationOID]; ok {
					r.register(pgPublicationNamespace, x.OID, 0, r.cat.Publications[i].ID())
					r.cat.Publications[i].Schemas = append(r.cat.Publications[i].Schemas, x.Schema)
				}
			}
			// Listing order carries no meaning: sort so equal publications compare equal.
			for i := range r.cat.Publications {
				p := &r.cat.Publications[i]
				slices.SortFunc(p.Tables, func(a, b PublicationTable) int {
					return cmp.Or(cmp.Compare(a.Table.Schema, b.Table.Schema), cmp.Compare(a.Table.Name, b.Table.Name))
				})
				slices.Sort(p.Schemas)
			}
			return nil
		}},
	}
}
