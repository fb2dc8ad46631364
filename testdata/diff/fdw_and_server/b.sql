-- Wrappers and servers created and dropped: a wrapper with a validator and
-- one with options, servers with a type, a version and options, comments,
-- a new owner and USAGE grants.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_fdw_user') THEN
        CREATE ROLE rt_fdw_user NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_fdw_owner') THEN
        CREATE ROLE rt_fdw_owner NOLOGIN;
    END IF;
END
$$;

CREATE FOREIGN DATA WRAPPER rt_checked VALIDATOR postgresql_fdw_validator;
COMMENT ON FOREIGN DATA WRAPPER rt_checked IS 'options checked as libpq options';
GRANT USAGE ON FOREIGN DATA WRAPPER rt_checked TO rt_fdw_user;

CREATE FOREIGN DATA WRAPPER rt_loose OPTIONS (debug 'true', mode 'strict');

CREATE SERVER rt_remote TYPE 'postgres' VERSION '15' FOREIGN DATA WRAPPER rt_checked
    OPTIONS (host 'db.example', port '5432', dbname 'app');
COMMENT ON SERVER rt_remote IS 'the reporting replica';
GRANT USAGE ON FOREIGN SERVER rt_remote TO rt_fdw_user WITH GRANT OPTION;
ALTER SERVER rt_remote OWNER TO rt_fdw_owner;

CREATE SERVER rt_plain FOREIGN DATA WRAPPER rt_loose;
