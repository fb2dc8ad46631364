-- Sequences, except those behind identity columns (deptype 'i'), which are
-- part of their column, and members of extensions (deptype 'e'). OWNED BY
-- is the sequence's auto dependency on a column, given as (relation OID,
-- attnum): the reader names it from the columns it has read. One look at
-- the sequence's own pg_depend rows (by the depender index) answers both.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relpersistence = 'u' AS unlogged,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min, s.seqmax AS max,
       s.seqcache AS cache, s.seqcycle AS cycle,
       coalesce(dep.owner_relation, 0) AS owner_relation,
       coalesce(dep.owner_column, 0) AS owner_column,
       pg_catalog.pg_get_userbyid(c.relowner) AS owner,
       coalesce(c.relacl, pg_catalog.acldefault('s', c.relowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
CROSS JOIN LATERAL (
    SELECT bool_or(e.deptype IN ('e', 'i')) AS excluded,
           min(e.refobjid) FILTER (WHERE e.deptype = 'a' AND e.refobjsubid > 0
                                     AND e.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass) AS owner_relation,
           min(e.refobjsubid) FILTER (WHERE e.deptype = 'a' AND e.refobjsubid > 0
                                        AND e.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass) AS owner_column
    FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid) dep
WHERE c.relkind = 'S'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT coalesce(dep.excluded, false)
-- No ORDER BY: the catalog is sorted in Go, and unsorted rows reach the
-- client while the server is still producing them.
