-- Indexes of tables and materialized views, including those that enforce
-- constraints and those of partitions attached to a parent index. The
-- table is named by the reader from the relations it has read (an index
-- on a relation it did not capture is dropped there), which spares a join
-- of pg_class with itself.
--
-- definition: '' for an index that enforces a constraint (the constraint's
-- definition describes it); NULL for one the client builds from the raw
-- columns below (deparse_index.go), which spares the server a
-- pg_get_indexdef per index, a third of a big catalog's read; otherwise
-- pg_get_indexdef. The client builds an index on columns and at most one
-- expression, with or without a predicate: pg_get_expr prints the
-- expression and the predicate as pg_get_indexdef would (the same deparse
-- call) at a seventh of its cost, which goes into choosing each column's
-- default operator class (GetDefaultOpClass); the head of the expression's
-- node tree tells its type, collation and whether it prints as a function
-- call. No ORDER BY: the catalog is sorted in Go, and unsorted rows reach
-- the client while the server is still producing them.
SELECT ic.oid,
       i.indrelid,
       ic.relname AS name,
       CASE WHEN con.conname IS NOT NULL THEN ''
            WHEN b.client_built THEN NULL
            ELSE pg_catalog.pg_get_indexdef(ic.oid) END AS definition,
       CASE WHEN b.client_built AND i.indexprs IS NOT NULL THEN pg_catalog.pg_get_expr(i.indexprs, i.indrelid) END AS expression,
       CASE WHEN b.client_built AND i.indexprs IS NOT NULL THEN pg_catalog.left(i.indexprs::pg_catalog.text, 240) END AS expression_node,
       CASE WHEN b.client_built AND i.indpred IS NOT NULL THEN pg_catalog.pg_get_expr(i.indpred, i.indrelid) END AS predicate,
       pg_catalog.quote_ident(ic.relname) AS quoted_name,
       am.amname AS access_method,
       i.indnkeyatts AS key_count,
       -- int2vector and oidvector print as space-separated numbers, which
       -- the client splits far faster than array literals.
       i.indkey::text AS attnums,
       i.indclass::text AS opclasses,
       i.indcollation::text AS collations,
       i.indoption::text AS sort_options,
       {{if ge .Version 150000}}i.indnullsnotdistinct{{else}}false{{end}} AS nulls_not_distinct,
       i.indisunique AS is_unique,
       coalesce(con.conname, '') AS constraint_name,
       i.indisclustered AS clustered,
       i.indisreplident AS replica_identity,
       NOT i.indisvalid AS invalid,
       -- A key's index storage parameters, which pg_get_constraintdef
       -- leaves out for primary keys and unique constraints (it prints
       -- them only for ALTER TABLE's own rebuilds; an exclusion's it
       -- prints), written as flatten_reloptions does: the constraint's
       -- definition takes them (read_constraint.go).
       CASE WHEN con.contype IN ('p', 'u') AND ic.reloptions IS NOT NULL THEN
            (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(pg_catalog.split_part(o, '=', 1)) || '=' ||
                        CASE WHEN pg_catalog.quote_ident(v) = v THEN v
                             ELSE '''' || pg_catalog.replace(v, '''', '''''') || '''' END, ', ' ORDER BY k)
             FROM pg_catalog.unnest(ic.reloptions) WITH ORDINALITY AS u(o, k),
                  LATERAL pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1) AS v)
            ELSE '' END AS constraint_options,
       coalesce(pn.nspname, '') AS parent_schema,
       coalesce(pc.relname, '') AS parent_name,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace
LEFT JOIN pg_catalog.pg_constraint con
       ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_catalog.pg_inherits pi ON pi.inhrelid = ic.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = ic.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
CROSS JOIN LATERAL (
    SELECT con.conname IS NULL AND ic.reloptions IS NULL
           AND am.amname IN ('btree', 'hash', 'gist', 'gin', 'spgist', 'brin'){{if ge .Version 150000}} AND NOT i.indnullsnotdistinct{{end}}
           -- One expression, a function call or an operator (the node
           -- types readExpressionHead reads): any other is left to
           -- pg_get_indexdef here, not after a pg_get_expr in vain and a
           -- follow-up query.
           AND (i.indexprs IS NULL
                OR (pg_catalog.array_length(pg_catalog.array_positions(i.indkey::pg_catalog.int2[], 0::pg_catalog.int2), 1) = 1
                    AND i.indexprs::pg_catalog.text ~ '^\(\{(FUNCEXPR|OPEXPR) '))
           AS client_built) b
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
