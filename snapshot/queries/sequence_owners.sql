-- The columns owning sequences whose tables the reader did not capture
-- (a table of an extension), given as parallel arrays of relation OIDs and
-- attnums.
SELECT o.rel AS relation, o.num AS attnum, n.nspname AS schema, c.relname AS table_name, a.attname AS column_name
FROM ROWS FROM (pg_catalog.unnest($1::pg_catalog.oid[]), pg_catalog.unnest($2::pg_catalog.int2[])) AS o(rel, num)
JOIN pg_catalog.pg_class c ON c.oid = o.rel
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = o.rel AND a.attnum = o.num
