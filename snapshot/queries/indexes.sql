-- Indexes of tables and materialized views, including those that enforce
-- constraints and those of partitions attached to a parent index.
SELECT ic.oid,
       i.indrelid,
       n.nspname AS schema,
       ic.relname AS name,
       c.relname AS table_name,
       -- An index that enforces a constraint is fully described by the
       -- constraint's definition; deparsing it again would cost a tenth of a
       -- big catalog's read for nothing.
       CASE WHEN con.conname IS NULL THEN pg_catalog.pg_get_indexdef(ic.oid) ELSE '' END AS definition,
       i.indisunique AS is_unique,
       coalesce(con.conname, '') AS constraint_name,
       i.indisclustered AS clustered,
       i.indisreplident AS replica_identity,
       NOT i.indisvalid AS invalid,
       coalesce(pn.nspname, '') AS parent_schema,
       coalesce(pc.relname, '') AS parent_name,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
LEFT JOIN pg_catalog.pg_constraint con
       ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_catalog.pg_inherits pi ON pi.inhrelid = ic.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = ic.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p', 'm')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
ORDER BY n.nspname COLLATE "C", ic.relname COLLATE "C"
