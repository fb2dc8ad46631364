-- ALTER DEFAULT PRIVILEGES entries of this database. defaclacl is kept as
-- stored: it is relative to the built-in default (a global entry that
-- revokes lists what remains; a per-schema entry lists what is added).
SELECT a.oid,
       pg_catalog.pg_get_userbyid(a.defaclrole) AS role,
       coalesce(n.nspname, '') AS schema,
       a.defaclobjtype::text AS object_type,
       a.defaclacl::text[] AS acl
FROM pg_catalog.pg_default_acl a
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = a.defaclnamespace
