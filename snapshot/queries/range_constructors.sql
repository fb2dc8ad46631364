-- The functions PostgreSQL makes with each range type of a user schema:
-- its constructors and, from 14 on, the multirange type's constructors and
-- cast function. They depend on their type internally (deptype 'i'), and
-- functions.sql leaves them out; here only what can be set on them: owner,
-- privileges and comment. The reader sorts them (byte order, not the
-- database's collation).
SELECT r.rngtypid AS range_oid,
       n.nspname AS schema,
       p.proname AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
       {{if ge .Version 140000}}dep.refobjid = r.rngmultitypid{{else}}false{{end}} AS multirange,
       pg_catalog.pg_get_userbyid(p.proowner) AS owner,
       coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_range r
JOIN pg_catalog.pg_depend dep
     ON dep.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
    AND dep.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
    AND dep.deptype = 'i'
    AND dep.refobjid IN (r.rngtypid{{if ge .Version 140000}}, r.rngmultitypid{{end}})
JOIN pg_catalog.pg_proc p ON p.oid = dep.objid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
