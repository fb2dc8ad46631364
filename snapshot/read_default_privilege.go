package snapshot

// Default privileges (ALTER DEFAULT PRIVILEGES), registered under
// pg_default_acl so that their edges to a schema resolve.

func defaultPrivilegeQueries() []query {
	type row struct {
		OID        uint32   `db:"oid"`
		Role       string   `db:"role"`
		Schema     string   `db:"schema"`
		ObjectType string   `db:"object_type"`
		ACL        []string `db:"acl"`
	}
	return []query{collected[row]{"default_privileges.sql", func(r *reader, rows []row) error {
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
	}}}
}
