DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_dpn_reader') THEN
        CREATE ROLE rt_dpn_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO rt_dpn_reader;
CREATE TABLE app.payment (id integer PRIMARY KEY, amount bigint NOT NULL);
CREATE VIEW app.big AS SELECT id, amount FROM app.payment WHERE amount > 1000;

