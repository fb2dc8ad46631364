-- The referenced tables of foreign keys that the reader did not capture (a
-- table of an extension), given as an array of pg_class OIDs.
SELECT o.oid, n.nspname AS schema, c.relname AS name
FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS o(oid)
JOIN pg_catalog.pg_class c ON c.oid = o.oid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
