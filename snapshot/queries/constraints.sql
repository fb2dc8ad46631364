-- Table constraints: primary key, unique, foreign key, check, exclusion.
-- Constraint triggers are read as triggers; NOT NULL constraint rows
-- (PostgreSQL 18) as Column.NotNull. The reader names the table, the
-- enforcing index and the referenced table from what it has read (see
-- read_constraint.go), which spares three joins of pg_class.
--
-- definition: NULL for a primary key, unique or foreign key constraint the
-- client may build from the raw columns below (deparse_constraint.go),
-- which spares the server a pg_get_constraintdef per constraint; otherwise
-- pg_get_constraintdef. Left to the server: checks and exclusions (they
-- hold expressions), ON DELETE SET NULL (cols), and PostgreSQL 18's
-- WITHOUT OVERLAPS, PERIOD and NOT ENFORCED. No ORDER BY: the catalog is
-- sorted in Go, and unsorted rows reach the client while the server is
-- still producing them.
SELECT con.oid,
       con.conrelid,
       con.conname AS name,
       con.contype::text AS type,
       CASE WHEN con.contype IN ('p', 'u')
                 {{- if ge .Version 180000}} AND NOT con.conperiod{{end}} THEN NULL
            WHEN con.contype = 'f'
                 {{- if ge .Version 150000}} AND con.confdelsetcols IS NULL{{end}}
                 {{- if ge .Version 180000}} AND NOT con.conperiod AND con.conenforced{{end}} THEN NULL
            ELSE pg_catalog.pg_get_constraintdef(con.oid) END AS definition,
       con.conindid,
       -- int2[] as space-separated numbers, which the client splits far
       -- faster than array literals.
       coalesce(pg_catalog.array_to_string(con.conkey, ' '), '') AS attnums,
       coalesce(pg_catalog.array_to_string(con.confkey, ' '), '') AS referenced_attnums,
       con.confrelid,
       con.confmatchtype::text AS match_type,
       con.confupdtype::text AS on_update,
       con.confdeltype::text AS on_delete,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       NOT con.convalidated AS not_valid,
       con.contype = 'c' AND con.connoinherit AS no_inherit,
       NOT con.conislocal AS inherited_only,
       con.coninhcount::int AS inherit_count,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_constraint con
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND con.conrelid <> 0
