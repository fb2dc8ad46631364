-- Sequences, except those behind identity columns (deptype 'i'), which are
-- part of their column. OWNED BY comes from the sequence's auto dependency
-- on a column.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relpersistence = 'u' AS unlogged,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min, s.seqmax AS max,
       s.seqcache AS cache, s.seqcycle AS cycle,
       coalesce(own.schema, '') AS owned_by_schema,
       coalesce(own.table_name, '') AS owned_by_table,
       coalesce(own.column_name, '') AS owned_by_column,
       pg_catalog.pg_get_userbyid(c.relowner) AS owner,
       coalesce(c.relacl, pg_catalog.acldefault('s', c.relowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
LEFT JOIN LATERAL (
    SELECT tn.nspname AS schema, t.relname AS table_name, a.attname AS column_name
    FROM pg_catalog.pg_depend dep
    JOIN pg_catalog.pg_class t ON t.oid = dep.refobjid
    JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
    JOIN pg_catalog.pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
    WHERE dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.objid = c.oid
      AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.deptype = 'a'
      AND dep.refobjsubid > 0
    LIMIT 1) own ON true
WHERE c.relkind = 'S'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid
                    AND e.deptype IN ('e', 'i'))
-- No ORDER BY: the catalog is sorted in Go, and unsorted rows reach the
-- client while the server is still producing them.
