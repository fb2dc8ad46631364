package snapshot

import (
	"cmp"
	"context"
	"slices"
)

// Catalog OIDs used only by these readers. (They belong with the others in
// read.go; they live here only to keep that file untouched while the
// readers are written in parallel.)

func readStatistics(ctx context.Context, r *reader) error {
	type row struct {
		OID         uint32 `db:"oid"`
		Schema      string `db:"schema"`
		Name        string `db:"name"`
		TableSchema string `db:"table_schema"`
		TableName   string `db:"table_name"`
		Definition  string `db:"definition"`
		Target      int    `db:"target"`
		Owner       string `db:"owner"`
		Comment     string `db:"comment"`
	}
	rows, err := collect[row](ctx, r, "statistics.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		s := Statistics{
			Schema:     x.Schema,
			Name:       x.Name,
			Table:      QualifiedName{Schema: x.TableSchema, Name: x.TableName},
			Definition: x.Definition,
			Target:     x.Target,
			Owner:      x.Owner,
			Comment:    x.Comment,
		}
		r.register(pgStatisticExt, x.OID, 0, s.ID())
		r.cat.Statistics = append(r.cat.Statistics, s)
	}
	return nil
}

// readPublications reads publications, then the tables and schemas they
// list (one query each, attached by publication OID).
func readPublications(ctx context.Context, r *reader) error {
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
	pubs, err := collect[pubRow](ctx, r, "publications.sql")
	if err != nil {
		return err
	}
	tables, err := collect[tableRow](ctx, r, "publication_tables.sql")
	if err != nil {
		return err
	}
	schemas, err := collect[schemaRow](ctx, r, "publication_schemas.sql")
	if err != nil {
		return err
	}
	index := map[uint32]int{} // publication OID → index in r.cat.Publications
	for _, x := range pubs {
		p := Publication{Name: x.Name, AllTables: x.AllTables, Insert: x.Insert, Update: x.Update,
			Delete: x.Delete, Truncate: x.Truncate, ViaRoot: x.ViaRoot, Owner: x.Owner, Comment: x.Comment}
		r.register(pgPublication, x.OID, 0, p.ID())
		index[x.OID] = len(r.cat.Publications)
		r.cat.Publications = append(r.cat.Publications, p)
	}
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
}

func readForeignDataWrappers(ctx context.Context, r *reader) error {
	type row struct {
		OID       uint32   `db:"oid"`
		Name      string   `db:"name"`
		Handler   string   `db:"handler"`
		Validator string   `db:"validator"`
		Options   []string `db:"options"`
		commonRow
	}
	rows, err := collect[row](ctx, r, "foreign_data_wrappers.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		w := ForeignDataWrapper{Name: x.Name, Handler: x.Handler, Validator: x.Validator,
			Options: emptyToNil(x.Options), Common: common}
		r.register(pgForeignDataWrapper, x.OID, 0, w.ID())
		r.cat.ForeignDataWrappers = append(r.cat.ForeignDataWrappers, w)
	}
	return nil
}

func readForeignServers(ctx context.Context, r *reader) error {
	type row struct {
		OID     uint32   `db:"oid"`
		Name    string   `db:"name"`
		Wrapper string   `db:"wrapper"`
		Type    string   `db:"type"`
		Version string   `db:"version"`
		Options []string `db:"options"`
		commonRow
	}
	rows, err := collect[row](ctx, r, "foreign_servers.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		s := ForeignServer{Name: x.Name, Wrapper: x.Wrapper, Type: x.Type, Version: x.Version,
			Options: emptyToNil(x.Options), Common: common}
		r.register(pgForeignServer, x.OID, 0, s.ID())
		r.cat.ForeignServers = append(r.cat.ForeignServers, s)
	}
	return nil
}

func readDefaultPrivileges(ctx context.Context, r *reader) error {
	type row struct {
		OID        uint32   `db:"oid"`
		Role       string   `db:"role"`
		Schema     string   `db:"schema"`
		ObjectType string   `db:"object_type"`
		ACL        []string `db:"acl"`
	}
	rows, err := collect[row](ctx, r, "default_privileges.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		acl, err := parseACL(x.ACL)
		if err != nil {
			return err
		}
		p := DefaultPrivilege{Role: x.Role, Schema: x.Schema, ObjectType: x.ObjectType, ACL: acl}
		r.register(pgDefaultACL, x.OID, 0, p.ID())
		r.cat.DefaultPrivileges = append(r.cat.DefaultPrivileges, p)
	}
	return nil
}
