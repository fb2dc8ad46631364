-- The sequences behind identity columns, found through their internal
-- dependency on the column.
SELECT dep.refobjid AS attrelid,
       dep.refobjsubid::int2 AS attnum,
       sc.oid AS sequence_oid,
       sn.nspname AS schema,
       sc.relname AS name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min, s.seqmax AS max,
       s.seqcache AS cache, s.seqcycle AS cycle
FROM pg_catalog.pg_depend dep
JOIN pg_catalog.pg_class sc ON sc.oid = dep.objid AND sc.relkind = 'S'
JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = sc.oid
WHERE dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
  AND dep.deptype = 'i' AND dep.refobjsubid > 0
  AND sn.nspname NOT LIKE 'pg\_%' AND sn.nspname <> 'information_schema'
