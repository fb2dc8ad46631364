-- Columns of every user table, foreign table, view and materialized view.
-- No ORDER BY: rows reach the client while the server is still producing
-- them, and read_column.go puts each relation's columns in attnum order.
-- Relations of extensions are left out by the join to the relations
-- already read (the Go side drops unknown attrelids).
SELECT a.attrelid,
       a.attnum,
       ad.oid AS attrdef_oid,
       a.attname AS name,
       -- What index and constraint definitions are built from (deparse.go):
       -- the type and collation, and the name as the server quotes it (by
       -- its own keyword list), NULL when quoting leaves it as it is.
       a.atttypid AS type_oid,
       a.attcollation AS collation_oid,
       nullif(pg_catalog.quote_ident(a.attname), a.attname::text) AS quoted_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null,
       -- A plain default cannot refer to columns, so it deparses without its
       -- table (relid 0), which spares PostgreSQL opening every table; a
       -- generation expression refers to columns and needs it.
       coalesce(CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0)
                     ELSE pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END, '') AS default_expr,
       a.attgenerated::text AS generated,
       a.attidentity::text AS identity,
       CASE WHEN a.attcollation <> t.typcollation
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) ELSE '' END AS collation,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text ELSE '' END AS storage,
       CASE WHEN a.attstorage <> t.typstorage THEN t.typstorage::text ELSE '' END AS type_storage,
       {{if ge .Version 140000}}a.attcompression::text{{else}}''{{end}} AS compression,
       nullif(coalesce(a.attstattarget, -1), -1)::int AS statistics_target,
       -- Arrays stay NULL when absent (most columns): the client skips
       -- parsing an empty array literal for each of 100,000 columns.
       a.attoptions AS options,
       a.attfdwoptions AS foreign_options,
       NOT a.attislocal AS inherited_only,
       a.attinhcount::int AS inherit_count,
       coalesce(d.description, '') AS comment,
       a.attacl::text[] AS acl
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
