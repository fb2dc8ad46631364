-- Global default privileges (no IN SCHEMA): PostgreSQL stores the whole
-- resulting list relative to the built-in default, and deletes the entry
-- when it is back to that default. Entries are changed (a grant option, an
-- added privilege, the owner's own privileges taken away), reverted to the
-- default (functions, sequences) and created (types).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dp_owner') THEN
        CREATE ROLE rt_dp_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dp_reader') THEN
        CREATE ROLE rt_dp_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dp_writer') THEN
        CREATE ROLE rt_dp_writer NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner GRANT SELECT ON TABLES TO rt_dp_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner GRANT INSERT, UPDATE ON TABLES TO rt_dp_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner REVOKE TRUNCATE, REFERENCES, TRIGGER ON TABLES FROM rt_dp_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner GRANT USAGE ON SCHEMAS TO rt_dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner GRANT USAGE ON TYPES TO rt_dp_reader;
