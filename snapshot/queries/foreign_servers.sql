-- Foreign servers not created by an extension. User mappings are left out
-- on purpose: their options hold credentials.
SELECT s.oid,
       s.srvname AS name,
       w.fdwname AS wrapper,
       coalesce(s.srvtype, '') AS type,
       coalesce(s.srvversion, '') AS version,
       coalesce(s.srvoptions, '{}') AS options,
       pg_catalog.pg_get_userbyid(s.srvowner) AS owner,
       coalesce(s.srvacl, pg_catalog.acldefault('S', s.srvowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                    AND e.objid = s.oid AND e.deptype = 'e')
