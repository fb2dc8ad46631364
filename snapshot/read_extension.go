package snapshot

// Extensions, and their members: read before every other kind, so that an
// edge to a member (a column of type citext) resolves to its extension.

func extensionQueries() []query {
	type row struct {
		OID     uint32 `db:"oid"`
		Name    string `db:"name"`
		Schema  string `db:"schema"`
		Version string `db:"version"`
		Comment string `db:"comment"`
		// UpdateTargets is NULL when there are none.
		UpdateTargets []string `db:"update_targets"`
		UpdatesKnown  bool     `db:"updates_known"`
	}
	return []query{collected[row]{"extensions.sql", func(r *reader, rows []row) error {
		for _, x := range rows {
			e := Extension{Name: x.Name, Schema: x.Schema, Version: x.Version, Comment: x.Comment,
				UpdateTargets: x.UpdateTargets, UpdatesKnown: x.UpdatesKnown}
			r.register(pgExtension, x.OID, 0, e.ID())
			r.cat.Extensions = append(r.cat.Extensions, e)
		}
		return nil
	}}}
}

// extensionMemberQueries registers every extension member under its
// extension's identity, so that edges to members become edges to the
// extension. A column (sub-id) of a member relation resolves through
// resolve's fallback to the whole object.
func extensionMemberQueries() []query {
	type row struct {
		ClassID   uint32 `db:"classid"`
		ObjID     uint32 `db:"objid"`
		Extension uint32 `db:"extension_oid"`
	}
	return []query{streamed[row]{file: "extension_members.sql", use: func(r *reader, x *row) error {
		if ext, ok := r.lookup(pgExtension, x.Extension, 0); ok {
			r.register(x.ClassID, x.ObjID, 0, ext)
		}
		return nil
	}}}
}
