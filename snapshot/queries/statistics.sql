-- Extended statistics objects of user schemas. The statistics target is
-- settable from PostgreSQL 13 (stxstattarget; on 12 it is always the
-- default) and is NULL rather than -1 for "default" from 17.
SELECT s.oid,
       n.nspname AS schema,
       s.stxname AS name,
       tn.nspname AS table_schema,
       c.relname AS table_name,
       pg_catalog.pg_get_statisticsobjdef(s.oid) AS definition,
{{- if ge .Version 130000}}
       coalesce(s.stxstattarget, -1)::int AS target,
{{- else}}
       -1 AS target,
{{- end}}
       pg_catalog.pg_get_userbyid(s.stxowner) AS owner,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_statistic_ext s
JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = s.oid AND d.classoid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                    AND e.objid = s.oid AND e.deptype = 'e')
