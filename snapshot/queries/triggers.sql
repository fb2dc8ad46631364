-- Triggers of user tables, views and foreign tables. Internal triggers
-- (foreign keys, deferrable unique constraints) are part of their
-- constraint. A trigger on a partitioned table is cloned onto every
-- partition; the clones are recreated by the parent's CREATE TRIGGER, so
-- only the parent's is listed: from PostgreSQL 13 clones have tgparentid
-- set, on 12 they are marked tgisinternal.
SELECT t.oid,
       n.nspname AS schema,
       c.relname AS "table",
       t.tgname AS name,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       t.tgconstraint <> 0 AS is_constraint,
       t.tgenabled::text AS enabled,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT t.tgisinternal
{{- if ge .Version 130000}}
  AND t.tgparentid = 0
{{- end}}
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
