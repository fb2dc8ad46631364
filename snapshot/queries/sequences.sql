-- Sequences, including those behind identity columns (identity: their
-- internal dependency on the column), which the reader stores with their
-- column; members of extensions (deptype 'e') and other internal ones are
-- left out. A serial's
-- OWNED BY (an auto dependency) and an identity's column are given as
-- (relation OID, attnum): the reader names them from the columns it has
-- read. One look at the sequence's own pg_depend rows (by the depender
-- index) answers all of it.
SELECT c.oid,
       n.nspname AS schema,
       c.relname AS name,
       c.relpersistence = 'u' AS unlogged,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start, s.seqincrement AS increment, s.seqmin AS min, s.seqmax AS max,
       s.seqcache AS cache, s.seqcycle AS cycle,
       coalesce(dep.identity, false) AS identity,
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
    SELECT bool_or(e.deptype = 'e') AS extension_member,
           bool_or(e.deptype = 'i') AS internal,
           bool_or(e.deptype = 'i' AND e.refobjsubid > 0
                   AND e.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass) AS identity,
           min(e.refobjid) FILTER (WHERE e.deptype IN ('a', 'i') AND e.refobjsubid > 0
                                     AND e.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass) AS owner_relation,
           min(e.refobjsubid) FILTER (WHERE e.deptype IN ('a', 'i') AND e.refobjsubid > 0
                                        AND e.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass) AS owner_column
    FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid) dep
WHERE c.relkind = 'S'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND (coalesce(dep.identity, false) OR NOT (coalesce(dep.extension_member, false) OR coalesce(dep.internal, false)))
-- No ORDER BY: the catalog is sorted in Go, and unsorted rows reach the
-- client while the server is still producing them.
