-- Publications with their explicitly listed tables and (PostgreSQL 15+)
-- schemas. FOR ALL TABLES publications list nothing: pg_publication_rel
-- holds only FOR TABLE entries. publish_via_partition_root exists from 13;
-- column lists (prattrs), row filters (prqual) and TABLES IN SCHEMA
-- (pg_publication_namespace) from 15.
SELECT p.oid,
       p.pubname AS name,
       p.puballtables AS all_tables,
       p.pubinsert AS insert,
       p.pubupdate AS update,
       p.pubdelete AS delete,
       p.pubtruncate AS truncate,
{{- if ge .Version 130000}}
       p.pubviaroot AS via_root,
{{- else}}
       false AS via_root,
{{- end}}
       pg_catalog.pg_get_userbyid(p.pubowner) AS owner,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_publication p
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_publication'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_publication'::pg_catalog.regclass
                    AND e.objid = p.oid AND e.deptype = 'e')
