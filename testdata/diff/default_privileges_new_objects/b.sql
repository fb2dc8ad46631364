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

CREATE TABLE app.secret (id int PRIMARY KEY, code text);
REVOKE SELECT ON app.secret FROM rt_dpn_reader;
GRANT SELECT (id) ON app.secret TO rt_dpn_reader;
CREATE TABLE app.open (id int PRIMARY KEY);
GRANT TRUNCATE ON app.open TO postgres;
CREATE VIEW app.open_ids AS SELECT id FROM app.open;
REVOKE SELECT ON app.open_ids FROM rt_dpn_reader;
GRANT SELECT (id) ON app.open_ids TO rt_dpn_reader;
CREATE SEQUENCE app.ticket;
REVOKE USAGE ON SEQUENCE app.ticket FROM rt_dpn_reader;
GRANT SELECT ON SEQUENCE app.ticket TO rt_dpn_reader;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION app.g() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
REVOKE EXECUTE ON FUNCTION app.g() FROM rt_dpn_writer;
GRANT EXECUTE ON FUNCTION app.g() TO PUBLIC;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE DOMAIN app.pos AS int CHECK (VALUE > 0);
GRANT USAGE ON DOMAIN app.pos TO PUBLIC;
CREATE TYPE app.floatrange AS RANGE (subtype = float8);
GRANT USAGE ON TYPE app.floatrange TO rt_dpn_reader;
CREATE AGGREGATE app.total(int) (SFUNC = int4pl, STYPE = int);
