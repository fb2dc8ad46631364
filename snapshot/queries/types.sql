-- Enums, domains, composite types and range types in one pass over pg_type;
-- the per-kind details are joined or aggregated alongside. Table row types
-- and array types are not listed here (tables and element types stand for
-- them).
SELECT t.oid,
       t.typarray,
       t.typrelid,
       t.typtype::text AS typtype,
       n.nspname AS schema,
       t.typname AS name,
       pg_catalog.pg_get_userbyid(t.typowner) AS owner,
       coalesce(t.typacl, pg_catalog.acldefault('T', t.typowner))::text[] AS acl,
       coalesce(d.description, '') AS comment,
       -- enum
       CASE WHEN t.typtype = 'e' THEN
            ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
       END AS labels,
       -- domain
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) ELSE '' END AS base_type,
       coalesce(pg_catalog.pg_get_expr(t.typdefaultbin, 0), '') AS default_expr,
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <> bt.typcollation
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) ELSE '' END AS collation,
       -- range
       coalesce(pg_catalog.format_type(r.rngsubtype, NULL), '') AS subtype,
       CASE WHEN r.rngsubopc IS NOT NULL AND NOT opc.opcdefault
            THEN pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname) ELSE '' END AS subtype_opclass,
       CASE WHEN r.rngcollation IS NOT NULL AND r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
            THEN pg_catalog.quote_ident(rcn.nspname) || '.' || pg_catalog.quote_ident(rco.collname) ELSE '' END AS range_collation,
       CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::text ELSE '' END AS canonical,
       CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::text ELSE '' END AS subtype_diff,
       {{if ge .Version 140000}}coalesce(pg_catalog.format_type(r.rngmultitypid, NULL), ''){{else}}''{{end}} AS multirange,
       {{if ge .Version 140000}}coalesce(mt.typarray, 0){{else}}0::pg_catalog.oid{{end}} AS multirange_array,
       {{if ge .Version 140000}}coalesce(r.rngmultitypid, 0){{else}}0::pg_catalog.oid{{end}} AS multirange_oid
-- The kinds are picked from pg_type and, for composites, from pg_class (a
-- stand-alone composite type is a relkind 'c' relation): two cheap scans.
-- Filtering pg_type alone (tens of thousands of table row types in a big
-- schema) made the planner walk it by index to merge with pg_description.
FROM (SELECT * FROM pg_catalog.pg_type WHERE typtype IN ('e', 'd', 'r')
      UNION ALL
      SELECT ct.* FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_type ct ON ct.typrelid = c.oid AND ct.typtype = 'c'
      WHERE c.relkind = 'c') t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
LEFT JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
LEFT JOIN pg_catalog.pg_collation rco ON rco.oid = r.rngcollation
LEFT JOIN pg_catalog.pg_namespace rcn ON rcn.oid = rco.collnamespace
{{if ge .Version 140000}}LEFT JOIN pg_catalog.pg_type mt ON mt.oid = r.rngmultitypid{{end}}
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND e.objid = t.oid AND e.deptype = 'e')
