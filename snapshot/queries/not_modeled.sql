-- User objects of kinds the model does not capture, counted per catalog so
-- that inspect can show them. Extension members are left out (their
-- extension stands for them), like everything else in the model.
WITH user_ns AS (
    SELECT oid FROM pg_catalog.pg_namespace
    WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
), members AS (
    -- Through pg_depend's reference index: an 'e' edge always points at an
    -- extension (see tables.sql).
    SELECT classid, objid FROM pg_catalog.pg_depend
    WHERE refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND deptype = 'e'
)
SELECT catalog, count FROM (
    SELECT 'pg_type (base and shell types)' AS catalog, count(*) AS count
    FROM pg_catalog.pg_type t
    WHERE t.typnamespace IN (SELECT oid FROM user_ns) AND t.typtype IN ('b', 'p')
      AND NOT (t.typcategory = 'A' AND t.typelem <> 0) -- array types stand with their element type
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND m.objid = t.oid)
    UNION ALL
    SELECT 'pg_opclass', count(*) FROM pg_catalog.pg_opclass o
    WHERE o.opcnamespace IN (SELECT oid FROM user_ns)
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_opfamily', count(*) FROM pg_catalog.pg_opfamily o
    WHERE o.opfnamespace IN (SELECT oid FROM user_ns)
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    -- Text search parsers and templates need C functions, so they nearly
    -- always come from extensions; configurations and dictionaries are
    -- modeled.
    SELECT 'pg_ts_parser', count(*) FROM pg_catalog.pg_ts_parser o
    WHERE o.prsnamespace IN (SELECT oid FROM user_ns)
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_ts_template', count(*) FROM pg_catalog.pg_ts_template o
    WHERE o.tmplnamespace IN (SELECT oid FROM user_ns)
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_conversion', count(*) FROM pg_catalog.pg_conversion o
    WHERE o.connamespace IN (SELECT oid FROM user_ns)
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_am', count(*) FROM pg_catalog.pg_am o
    WHERE o.oid >= 16384
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_am'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_transform', count(*) FROM pg_catalog.pg_transform o
    WHERE o.oid >= 16384
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_transform'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_user_mapping', count(*) FROM pg_catalog.pg_user_mappings
    UNION ALL
    SELECT 'pg_seclabel', count(*) FROM pg_catalog.pg_seclabel
    UNION ALL
    -- Subscriptions of this database (pg_subscription is shared by all).
    SELECT 'pg_subscription', count(*) FROM pg_catalog.pg_subscription s
    WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
    UNION ALL
    -- Relations kept in a tablespace other than the database's default: the
    -- model does not record tablespaces.
    SELECT 'pg_class (non-default tablespace)', count(*) FROM pg_catalog.pg_class c
    WHERE c.relnamespace IN (SELECT oid FROM user_ns) AND c.reltablespace <> 0 AND c.relkind IN ('r', 'p', 'm', 'i', 'I')
      AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND m.objid = c.oid)
) counts
WHERE count > 0
