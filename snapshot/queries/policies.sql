-- Row-level security policies of user tables. Roles are listed by name in
-- name order (PUBLIC, OID 0, as "public"), so the same policy compares equal
-- however its TO list was written.
SELECT p.oid,
       n.nspname AS schema,
       c.relname AS "table",
       p.polname AS name,
       p.polpermissive AS permissive,
       p.polcmd::text AS command,
       ARRAY(SELECT CASE WHEN r.role = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r.role) END AS rolname
             FROM pg_catalog.unnest(p.polroles) AS r(role)
             ORDER BY 1) AS roles,
       -- Not coalesce(pg_get_expr(…), ''): pg_get_expr is NULL also when the
       -- table was dropped after the snapshot, and that must fail the read
       -- (which then starts over) rather than print an empty expression.
       CASE WHEN p.polqual IS NULL THEN '' ELSE pg_catalog.pg_get_expr(p.polqual, p.polrelid) END AS using_expr,
       CASE WHEN p.polwithcheck IS NULL THEN '' ELSE pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) END AS with_check,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
