package snapshot

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// commonRow holds the columns most queries return for owner, privileges and
// comment; it is embedded in the per-kind row structs.
type commonRow struct {
	Owner   string   `db:"owner"`
	ACL     []string `db:"acl"`
	Comment string   `db:"comment"`
}

func (c commonRow) common() (Common, error) {
	acl, err := parseACL(c.ACL)
	return Common{Owner: c.Owner, Comment: c.Comment, ACL: acl}, err
}

func readSchemas(ctx context.Context, r *reader) error {
	type row struct {
		OID  uint32 `db:"oid"`
		Name string `db:"name"`
		commonRow
	}
	rows, err := collect[row](ctx, r, "schemas.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		common, err := x.common()
		if err != nil {
			return err
		}
		s := Schema{Name: x.Name, Common: common}
		r.register(pgNamespace, x.OID, 0, s.ID())
		r.cat.Schemas = append(r.cat.Schemas, s)
	}
	return nil
}

func readExtensions(ctx context.Context, r *reader) error {
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
	rows, err := collect[row](ctx, r, "extensions.sql")
	if err != nil {
		return err
	}
	for _, x := range rows {
		e := Extension{Name: x.Name, Schema: x.Schema, Version: x.Version, Comment: x.Comment,
			UpdateTargets: x.UpdateTargets, UpdatesKnown: x.UpdatesKnown}
		r.register(pgExtension, x.OID, 0, e.ID())
		r.cat.Extensions = append(r.cat.Extensions, e)
	}
	return nil
}

// readExtensionMembers registers every extension member under its
// extension's identity, so that edges to members become edges to the
// extension. A column (sub-id) of a member relation resolves through
// lookupWhole.
func readExtensionMembers(ctx context.Context, r *reader) error {
	return r.query(ctx, "extension_members.sql", func(rows pgx.Rows) error {
		var classID, objID, extOID uint32
		if err := rows.Scan(&classID, &objID, &extOID); err != nil {
			return err
		}
		if ext, ok := r.lookup(pgExtension, extOID, 0); ok {
			r.register(classID, objID, 0, ext)
		}
		return nil
	})
}
