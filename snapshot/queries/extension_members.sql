-- Objects that belong to an extension: the extension stands for them in
-- dependency edges (a column of type citext depends on extension citext).
SELECT e.classid, e.objid, e.refobjid AS extension_oid
FROM pg_catalog.pg_depend e
WHERE e.deptype = 'e' AND e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
