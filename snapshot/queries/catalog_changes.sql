-- Which system catalog, if any, holds a row version created by one of the
-- transactions $1 lists (xids, as 32-bit xids like xmin: see
-- changedDuringRead, which lists those that committed after the read's
-- snapshot). It runs after the read's transaction, in a statement of its
-- own, so it sees the catalogs as they are now. Each catalog's scan looks
-- its rows' xmin up in a hash table of the list (a hashed subplan), the
-- cheapest test per row there is: the check is one plain pass over the
-- catalogs.
--
-- The catalogs are those whose rows PostgreSQL's deparse functions look up
-- in the system caches (names of schemas, relations, columns, types,
-- functions, operators, collations; index, constraint, view, trigger and
-- policy definitions). Rows of temporary objects (another session's
-- CREATE TEMP TABLE) are left out: the read never captures them.
WITH xids AS MATERIALIZED (
    SELECT pg_catalog.unnest($1::pg_catalog.xid[]) AS xid
), temp AS (
    SELECT oid FROM pg_catalog.pg_namespace WHERE nspname ~ '^pg_(toast_)?temp_'
), changed (catalog, nsp, rel) AS (
              SELECT 'pg_namespace', oid, NULL::oid FROM pg_catalog.pg_namespace WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_class', relnamespace, NULL::oid FROM pg_catalog.pg_class WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_attribute', NULL::oid, attrelid FROM pg_catalog.pg_attribute WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_attrdef', NULL::oid, adrelid FROM pg_catalog.pg_attrdef WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_type', typnamespace, NULL::oid FROM pg_catalog.pg_type WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_enum', NULL::oid, NULL::oid FROM pg_catalog.pg_enum WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_proc', pronamespace, NULL::oid FROM pg_catalog.pg_proc WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_constraint', connamespace, NULL::oid FROM pg_catalog.pg_constraint WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_index', NULL::oid, indrelid FROM pg_catalog.pg_index WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_partitioned_table', NULL::oid, partrelid FROM pg_catalog.pg_partitioned_table WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_rewrite', NULL::oid, ev_class FROM pg_catalog.pg_rewrite WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_trigger', NULL::oid, tgrelid FROM pg_catalog.pg_trigger WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_policy', NULL::oid, polrelid FROM pg_catalog.pg_policy WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_collation', collnamespace, NULL::oid FROM pg_catalog.pg_collation WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_operator', oprnamespace, NULL::oid FROM pg_catalog.pg_operator WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_opclass', opcnamespace, NULL::oid FROM pg_catalog.pg_opclass WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_cast', NULL::oid, NULL::oid FROM pg_catalog.pg_cast WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_statistic_ext', stxnamespace, NULL::oid FROM pg_catalog.pg_statistic_ext WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_ts_config', cfgnamespace, NULL::oid FROM pg_catalog.pg_ts_config WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_ts_config_map', NULL::oid, NULL::oid FROM pg_catalog.pg_ts_config_map WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_ts_dict', dictnamespace, NULL::oid FROM pg_catalog.pg_ts_dict WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_extension', extnamespace, NULL::oid FROM pg_catalog.pg_extension WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_language', NULL::oid, NULL::oid FROM pg_catalog.pg_language WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_event_trigger', NULL::oid, NULL::oid FROM pg_catalog.pg_event_trigger WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_foreign_data_wrapper', NULL::oid, NULL::oid FROM pg_catalog.pg_foreign_data_wrapper WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_foreign_server', NULL::oid, NULL::oid FROM pg_catalog.pg_foreign_server WHERE xmin IN (SELECT xid FROM xids)
    UNION ALL SELECT 'pg_publication', NULL::oid, NULL::oid FROM pg_catalog.pg_publication WHERE xmin IN (SELECT xid FROM xids)
)
SELECT c.catalog
FROM changed AS c
WHERE NOT EXISTS (SELECT FROM temp WHERE temp.oid = c.nsp)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_class AS r JOIN temp ON temp.oid = r.relnamespace WHERE r.oid = c.rel)
LIMIT 1
