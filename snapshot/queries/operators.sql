-- Operators of user schemas. Functions print in regproc form (CREATE
-- OPERATOR names them without arguments); commutator and negator print as
-- OPERATOR(schema.op), the form CREATE OPERATOR's COMMUTATOR and NEGATOR
-- accept (their operand types follow from the operator's own).
SELECT o.oid,
       n.nspname AS schema,
       o.oprname AS name,
       CASE WHEN o.oprleft <> 0 THEN pg_catalog.format_type(o.oprleft, NULL) ELSE '' END AS left_type,
       CASE WHEN o.oprright <> 0 THEN pg_catalog.format_type(o.oprright, NULL) ELSE '' END AS right_type,
       pg_catalog.format_type(o.oprresult, NULL) AS result,
       o.oprcode::pg_catalog.regproc::text AS function,
       coalesce((SELECT 'OPERATOR(' || pg_catalog.quote_ident(cn.nspname) || '.' || c.oprname || ')'
                 FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace
                 WHERE c.oid = o.oprcom), '') AS commutator,
       coalesce((SELECT 'OPERATOR(' || pg_catalog.quote_ident(cn.nspname) || '.' || c.oprname || ')'
                 FROM pg_catalog.pg_operator c JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace
                 WHERE c.oid = o.oprnegate), '') AS negator,
       CASE WHEN o.oprrest <> 0 THEN o.oprrest::pg_catalog.regproc::text ELSE '' END AS restrict,
       CASE WHEN o.oprjoin <> 0 THEN o.oprjoin::pg_catalog.regproc::text ELSE '' END AS join,
       o.oprcanhash AS hashes,
       o.oprcanmerge AS merges,
       pg_catalog.pg_get_userbyid(o.oprowner) AS owner,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = o.oid AND d.classoid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                    AND e.objid = o.oid AND e.deptype = 'e')
