-- Tables listed in publications (FOR TABLE), with their column lists in
-- attnum order and row filters (PostgreSQL 15+). The reader sorts them.
SELECT pr.oid,
       pr.prpubid AS publication_oid,
       n.nspname AS schema,
       c.relname AS name,
{{- if ge .Version 150000}}
       ARRAY(SELECT a.attname::text
             FROM pg_catalog.unnest(pr.prattrs) AS k(attnum)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = pr.prrelid AND a.attnum = k.attnum
             ORDER BY a.attnum) AS columns,
       -- NULL (not '') when the table was dropped after the snapshot: see policies.sql.
       CASE WHEN pr.prqual IS NULL THEN '' ELSE pg_catalog.pg_get_expr(pr.prqual, pr.prrelid) END AS row_filter
{{- else}}
       '{}'::text[] AS columns,
       '' AS row_filter
{{- end}}
FROM pg_catalog.pg_publication_rel pr
JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
