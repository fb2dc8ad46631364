-- Both sides have the same default privileges (for the role that runs the
-- script, which owns everything here): a new object starts with what they
-- give, not with the built-in defaults, and GRANT/REVOKE go from there. The
-- target revoked SELECT from rt_dpn_reader on app.secret after its
-- default privileges granted it (and granted it SELECT on one column): the
-- plan must revoke it too, before the column grant, which a table-level
-- REVOKE would take away.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dpn_reader') THEN
        CREATE ROLE rt_dpn_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dpn_writer') THEN
        CREATE ROLE rt_dpn_writer NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO rt_dpn_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO rt_dpn_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO rt_dpn_writer;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE TRUNCATE ON TABLES FROM postgres;
