-- Table constraints: primary key, unique, foreign key, check, exclusion.
-- Constraint triggers are read as triggers; NOT NULL constraint rows
-- (PostgreSQL 18) as Column.NotNull.
--
-- definition: NULL for a primary key, unique or foreign key constraint the
-- client builds from the raw columns below (deparse_constraint.go), which
-- spares the server a pg_get_constraintdef per constraint; otherwise
-- pg_get_constraintdef. Left to the server: checks and exclusions (they
-- hold expressions), UNIQUE NULLS NOT DISTINCT, ON DELETE SET NULL (cols),
-- and PostgreSQL 18's WITHOUT OVERLAPS, PERIOD and NOT ENFORCED. No ORDER
-- BY: the catalog is sorted in Go, and unsorted rows reach the client while
-- the server is still producing them.
SELECT con.oid,
       con.conrelid,
       n.nspname AS schema,
       c.relname AS table_name,
       con.conname AS name,
       con.contype::text AS type,
       CASE WHEN con.contype = 'p'
                 {{- if ge .Version 180000}} AND NOT con.conperiod{{end}} THEN NULL
            WHEN con.contype = 'u'
                 {{- if ge .Version 150000}} AND NOT ci.indnullsnotdistinct{{end}}
                 {{- if ge .Version 180000}} AND NOT con.conperiod{{end}} THEN NULL
            WHEN con.contype = 'f'
                 {{- if ge .Version 150000}} AND con.confdelsetcols IS NULL{{end}}
                 {{- if ge .Version 180000}} AND NOT con.conperiod AND con.conenforced{{end}} THEN NULL
            ELSE pg_catalog.pg_get_constraintdef(con.oid) END AS definition,
       -- int2[] as space-separated numbers, which the client splits far
       -- faster than array literals; the index's keys give INCLUDE columns.
       coalesce(pg_catalog.array_to_string(con.conkey, ' '), '') AS attnums,
       coalesce(pg_catalog.array_to_string(con.confkey, ' '), '') AS referenced_attnums,
       con.confrelid,
       con.confmatchtype::text AS match_type,
       con.confupdtype::text AS on_update,
       con.confdeltype::text AS on_delete,
       coalesce(ci.indnkeyatts, 0) AS index_key_count,
       coalesce(ci.indkey::text, '') AS index_attnums,
       coalesce(pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(rc.relname), '') AS quoted_references,
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
LEFT JOIN pg_catalog.pg_index ci ON ci.indexrelid = con.conindid AND con.contype IN ('p', 'u')
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid AND con.contype = 'f'
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
