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
  -- Edges the Go side would resolve and then drop as implied (read_dependency.go)
  -- are left out here, which is most of pg_depend in a big schema (160,000
  -- of 285,000 rows at 10,000 tables): a default's edge to its own column;
  -- an index's and a sequence's auto edges to columns (of its own table;
  -- OWNED BY, which Sequence.OwnedBy holds); a constraint's auto edges to
  -- its own table's columns; and the internal edges of triggers to
  -- constraints (foreign key triggers, and constraint triggers, whose
  -- pg_constraint rows are not captured).
  AND NOT (dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.refobjsubid > 0
           AND dep.deptype = 'a' AND dep.classid IN ('pg_catalog.pg_attrdef'::pg_catalog.regclass,
                               'pg_catalog.pg_class'::pg_catalog.regclass,
                               'pg_catalog.pg_constraint'::pg_catalog.regclass))
  AND NOT (dep.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
           AND dep.refclassid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND dep.deptype = 'i')
  -- More edges the Go side resolves and drops: an object's edge to its own
  -- schema (relations, types and functions; extensions, default privileges
  -- and publications' schema entries name a schema that is not their own,
  -- and stay); and the internal edges that tie an object to the one it is
  -- part of and is captured as (a toast table or an identity sequence to
  -- its table or column, an array or row type or a multirange to its
  -- element or relation, a constraint's index to the constraint, a view's
  -- rewrite rule to the view).
  AND NOT (dep.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
           AND dep.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass,
                               'pg_catalog.pg_type'::pg_catalog.regclass,
                               'pg_catalog.pg_proc'::pg_catalog.regclass))
  AND NOT (dep.deptype = 'i' AND (dep.classid, dep.refclassid) IN (
           ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_class'::pg_catalog.regclass),
           ('pg_catalog.pg_type'::pg_catalog.regclass, 'pg_catalog.pg_type'::pg_catalog.regclass),
           ('pg_catalog.pg_type'::pg_catalog.regclass, 'pg_catalog.pg_class'::pg_catalog.regclass),
           ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_constraint'::pg_catalog.regclass),
           ('pg_catalog.pg_rewrite'::pg_catalog.regclass, 'pg_catalog.pg_class'::pg_catalog.regclass)))
