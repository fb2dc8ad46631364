package snapshot

// Schemas, read first after the transaction check: every later kind lives
// in one. commonRow, the owner, privileges and comment most kinds share,
// is here too.

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

func schemaQueries() []query {
	type row struct {
		OID  uint32 `db:"oid"`
		Name string `db:"name"`
		commonRow
	}
	return []query{collected[row]{"schemas.sql", func(r *reader, rows []row) error {
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
	}}}
}
