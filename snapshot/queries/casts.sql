-- User-created casts: those initdb made have OIDs below FirstNormalObjectId
-- (16384); those an extension made are represented by their extension.
SELECT c.oid,
       pg_catalog.format_type(c.castsource, NULL) AS source,
       pg_catalog.format_type(c.casttarget, NULL) AS target,
       CASE WHEN c.castfunc <> 0 THEN c.castfunc::pg_catalog.regprocedure::text ELSE '' END AS function,
       c.castcontext AS context,
       c.castmethod AS method,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_cast c
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.oid >= 16384
  -- Skip extension members ('e': their extension stands for them) and objects
  -- another one makes and drops itself ('i': a range type's constructors and
  -- its cast to the multirange type).
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND e.objid = c.oid AND e.deptype IN ('e', 'i'))
