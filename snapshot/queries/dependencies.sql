-- Every dependency between two user objects (OIDs from 16384 up: built-in
-- objects are pinned and never need ordering). Schemas are the exception:
-- the public schema that initdb creates has a low OID, yet a database whose
-- public schema was dropped and created again has the same edges to it. Extension membership edges
-- ('e') were read already; the Go side resolves both ends to identities and
-- drops edges whose ends were not captured.
SELECT dep.classid, dep.objid, dep.objsubid,
       dep.refclassid, dep.refobjid, dep.refobjsubid,
       dep.deptype::text AS deptype
FROM pg_catalog.pg_depend dep
WHERE dep.objid >= 16384
  AND (dep.refobjid >= 16384 OR dep.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass)
  AND dep.deptype NOT IN ('e', 'x', 'p')
