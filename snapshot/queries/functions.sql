-- Functions (prokind f, window functions w) and procedures (p) of user
-- schemas. Aggregates (prokind a) are read by aggregates.sql:
-- pg_get_functiondef refuses them.
SELECT p.oid,
       n.nspname AS schema,
       p.proname AS name,
       p.prokind AS kind,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       CASE WHEN p.prokind = 'p' THEN '' ELSE coalesce(pg_catalog.pg_get_function_result(p.oid), '') END AS result,
       pg_catalog.pg_get_functiondef(p.oid) AS definition,
       l.lanname AS language,
       p.provolatile AS volatility,
       p.proisstrict AS strict,
       p.prosecdef AS security_definer,
       p.proleakproof AS leakproof,
       p.proparallel AS parallel,
       coalesce(p.proconfig, '{}') AS config,
       pg_catalog.pg_get_userbyid(p.proowner) AS owner,
       coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
WHERE p.prokind IN ('f', 'w', 'p')
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  -- Skip extension members ('e': their extension stands for them) and objects
  -- another one makes and drops itself ('i': a range type's constructors and
  -- its cast to the multirange type).
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
