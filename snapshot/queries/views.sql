-- Views (v) and materialized views (m). The view's _RETURN rule is returned
-- too: pg_depend records a view's dependencies on that rule.
SELECT c.oid,
       c.reltype,
       coalesce((SELECT rt.typarray FROM pg_catalog.pg_type rt WHERE rt.oid = c.reltype), 0) AS row_array_type,
       rw.oid AS rule_oid,
       n.nspname AS schema,
       c.relname AS name,
       -- As the server quotes them, for the definitions deparse.go builds.
       pg_catalog.quote_ident(n.nspname) AS quoted_schema,
       pg_catalog.quote_ident(c.relname) AS quoted_name,
       c.relkind = 'm' AS materialized,
       pg_catalog.pg_get_viewdef(c.oid) AS definition,
       coalesce(c.reloptions, '{}') AS options,
       c.relispopulated AS populated,
       CASE WHEN am.amname IS NULL OR am.amname = 'heap' THEN '' ELSE am.amname END AS access_method,
       pg_catalog.pg_get_userbyid(c.relowner) AS owner,
       coalesce(c.relacl, pg_catalog.acldefault('r', c.relowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = c.oid AND rw.rulename = '_RETURN'
LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
-- No ORDER BY: the catalog is sorted in Go, and unsorted rows reach the
-- client while the server is still producing them.
