package snapshot

// FreshCatalog returns the catalog pgstrata reads from a database that
// CREATE DATABASE has just made from an untouched template1 on a server of
// this version: what an "empty" database already holds, so that a diff
// from it to a catalog is the script that builds that catalog from
// nothing (pgstrata show).
//
// It is data pinned per major, not read from a server, so that it works
// offline; TestFreshCatalog reads a new database on every major of the
// test run and requires exactly this. What initdb puts there:
//   - schema public, commented "standard public schema". From PostgreSQL 15
//     on it belongs to pg_database_owner, which may CREATE in it and gives
//     PUBLIC only USAGE; before 15 it belongs to the bootstrap superuser
//     (the role that ran initdb), and PUBLIC may CREATE too. That role's
//     name is not in the catalog being shown: FreshCatalog assumes
//     "postgres", the usual one (BootstrapSuperuser);
//   - the extension plpgsql 1.0 in pg_catalog.
func FreshCatalog(serverVersionNum int) *Catalog {
	owner := BootstrapSuperuser
	public := "UC"
	if serverVersionNum >= 150000 {
		owner, public = "pg_database_owner", "U"
	}
	return &Catalog{
		ServerVersionNum: serverVersionNum,
		Schemas: []Schema{{Name: "public", Common: Common{Owner: owner, Comment: "standard public schema",
			ACL: []ACLItem{{Grantee: "", Grantor: owner, Privileges: public}, {Grantee: owner, Grantor: owner, Privileges: "UC"}}}}},
		Extensions: []Extension{{Name: "plpgsql", Schema: "pg_catalog", Version: "1.0",
			Comment: "PL/pgSQL procedural language", UpdatesKnown: true}},
	}
}

// BootstrapSuperuser is the name FreshCatalog gives the role that ran
// initdb, which owns schema public before PostgreSQL 15.
const BootstrapSuperuser = "postgres"
