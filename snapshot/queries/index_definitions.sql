-- pg_get_indexdef of the indexes whose definition the client could not
-- build (deparse_index.go), given as an array of OIDs.
SELECT o.oid, pg_catalog.pg_get_indexdef(o.oid) AS definition
FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS o(oid)
