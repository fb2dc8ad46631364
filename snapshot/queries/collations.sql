-- User-defined collations. The locale column moved: colliculocale (15, 16),
-- colllocale (17+); ICU rules exist from 16.
SELECT co.oid,
       n.nspname AS schema,
       co.collname AS name,
       co.collprovider::text AS provider,
       co.collisdeterministic AS deterministic,
       coalesce(co.collcollate, '') AS collate,
       coalesce(co.collctype, '') AS ctype,
       {{if ge .Version 170000}}coalesce(co.colllocale, ''){{else if ge .Version 150000}}coalesce(co.colliculocale, ''){{else}}''{{end}} AS locale,
       {{if ge .Version 160000}}coalesce(co.collicurules, ''){{else}}''{{end}} AS icu_rules,
       pg_catalog.pg_get_userbyid(co.collowner) AS owner,
       '{}'::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = co.oid AND d.classoid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND e.objid = co.oid AND e.deptype = 'e')
