-- Schemas, except the system ones and those an extension created.
SELECT n.oid,
       n.nspname AS name,
       pg_catalog.pg_get_userbyid(n.nspowner) AS owner,
       coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_namespace n
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                    AND e.objid = n.oid AND e.deptype = 'e')
