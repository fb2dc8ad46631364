-- Table constraints: primary key, unique, foreign key, check, exclusion.
-- Constraint triggers are read as triggers; NOT NULL constraint rows
-- (PostgreSQL 18) as Column.NotNull.
SELECT con.oid,
       con.conrelid,
       n.nspname AS schema,
       c.relname AS table_name,
       con.conname AS name,
       con.contype::text AS type,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       NOT con.convalidated AS not_valid,
       con.contype = 'c' AND con.connoinherit AS no_inherit,
       NOT con.conislocal AS inherited_only,
       con.coninhcount::int AS inherit_count,
       CASE WHEN con.contype IN ('p', 'u', 'x') THEN coalesce(ic.relname, '') ELSE '' END AS index_name,
       coalesce(rn.nspname, '') AS references_schema,
       coalesce(rc.relname, '') AS references_table,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid AND con.contype = 'f'
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", con.conname COLLATE "C"
