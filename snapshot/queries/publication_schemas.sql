-- TABLES IN SCHEMA entries of publications (PostgreSQL 15+; none before).
{{- if ge .Version 150000}}
SELECT pn.oid,
       pn.pnpubid AS publication_oid,
       n.nspname AS schema
FROM pg_catalog.pg_publication_namespace pn
JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
{{- else}}
SELECT 0::oid AS oid, 0::oid AS publication_oid, ''::name AS schema WHERE false
{{- end}}
