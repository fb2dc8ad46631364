-- Aggregates of user schemas, field by field: PostgreSQL has no
-- pg_get_aggregatedef. The pieces are stored in the form CREATE AGGREGATE
-- accepts, so the diff engine can paste them:
--   * support functions as "schema.name" (regproc form: CREATE AGGREGATE
--     names them without arguments and resolves them from the aggregate's
--     argument types), always schema-qualified, pg_catalog included. regproc
--     output would leave pg_catalog functions bare or qualified depending on
--     whether the name is overloaded in that server version, so it is built
--     from pg_proc instead;
--   * types via format_type (qualified outside pg_catalog: search_path is empty);
--   * the sort operator as OPERATOR(schema.op), accepted as SORTOP = OPERATOR(pg_catalog.>).
SELECT p.oid,
       n.nspname AS schema,
       p.proname AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       a.aggkind AS kind,
       a.aggnumdirectargs::int AS num_direct_args,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggtransfn), '') AS transition_func,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggfinalfn), '') AS final_func,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggcombinefn), '') AS combine_func,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggserialfn), '') AS serial_func,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggdeserialfn), '') AS deserial_func,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggmtransfn), '') AS moving_transition_func,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggminvtransfn), '') AS moving_inverse_func,
       coalesce((SELECT pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname)
                 FROM pg_catalog.pg_proc f JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
                 WHERE f.oid = a.aggmfinalfn), '') AS moving_final_func,
       pg_catalog.format_type(a.aggtranstype, NULL) AS transition_type,
       a.aggtransspace AS transition_space,
       a.aggfinalextra AS final_extra,
       a.aggfinalmodify AS final_modify,
       a.agginitval AS initial_value,
       CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) ELSE '' END AS moving_transition_type,
       a.aggmtransspace AS moving_space,
       a.aggmfinalextra AS moving_final_extra,
       a.aggmfinalmodify AS moving_final_modify,
       a.aggminitval AS moving_initial_value,
       coalesce((SELECT 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname || ')'
                 FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
                 WHERE o.oid = a.aggsortop), '') AS sort_operator,
       p.proparallel AS parallel,
       pg_catalog.pg_get_userbyid(p.proowner) AS owner,
       coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
WHERE p.prokind = 'a'
  AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND e.objid = p.oid AND e.deptype = 'e')
