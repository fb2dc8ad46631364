-- Definitions in this database that the reading role is not allowed to see,
-- counted per catalog, so that inspect can say a snapshot taken as this role
-- is incomplete. Each count is guarded by a privilege check, so a superuser
-- (or a role granted what it takes) counts nothing; zero counts are left out.
--
-- Everything the model captures comes from catalogs that PUBLIC may read:
-- an ordinary role sees every schema, table, function … and their
-- definitions even where it may not use them (a schema without USAGE, a
-- table without SELECT, a SECURITY DEFINER function). What PostgreSQL hides
-- from PUBLIC is listed here when it is schema (what pg_dump --schema-only
-- prints), and left out when it is data or cluster-wide:
--   * pg_user_mapping: readable by superusers only. The pg_user_mappings view
--     lists every mapping (not_modeled.sql counts them) but shows a mapping's
--     options only to the mapped user with USAGE on the server, or to a
--     member of the server's owner (the rule below is the view's own);
--   * pg_subscription.subconninfo: the connection string is not granted to
--     PUBLIC (the other columns are);
--   * not counted: pg_authid (role passwords; the reader never reads it —
--     owners come from pg_get_userbyid), pg_statistic and
--     pg_statistic_ext_data (planner statistics: data), pg_largeobject
--     (large object contents: data).
SELECT catalog, count FROM (
    SELECT 'pg_user_mapping (options)' AS catalog, count(*) AS count
    FROM pg_catalog.pg_user_mappings m
    JOIN pg_catalog.pg_foreign_server s ON s.oid = m.srvid
    WHERE NOT pg_catalog.has_table_privilege('pg_catalog.pg_user_mapping', 'SELECT')
      AND NOT (m.umuser <> 0 AND m.usename = CURRENT_USER
               AND (pg_catalog.pg_has_role(s.srvowner, 'USAGE') OR pg_catalog.has_server_privilege(s.oid, 'USAGE')))
      AND NOT (m.umuser = 0 AND pg_catalog.pg_has_role(s.srvowner, 'USAGE'))
    UNION ALL
    SELECT 'pg_subscription (connection)', count(*)
    FROM pg_catalog.pg_subscription s
    WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
      AND NOT pg_catalog.has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')
) counts
WHERE count > 0
