-- pg_get_constraintdef of the constraints whose definition the client could
-- not build (deparse_constraint.go), given as an array of OIDs.
SELECT o.oid, pg_catalog.pg_get_constraintdef(o.oid) AS definition
FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS o(oid)
