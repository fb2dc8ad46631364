-- Per-schema default privileges hold only what they add. An entry
-- changes, one is removed, one goes away with its schema (the REVOKE comes
-- before DROP SCHEMA, which would delete it anyway), and one is created in
-- a new schema (after CREATE SCHEMA).
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
CREATE SCHEMA reports;

ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO rt_dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner IN SCHEMA app GRANT USAGE ON TYPES TO rt_dp_writer WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_owner IN SCHEMA reports GRANT SELECT ON TABLES TO rt_dp_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE rt_dp_writer IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;
