-- Without --with-privileges, a table re-created because its partition key
-- changes comes back with the source's owner, grants and column grants,
-- and so does its serial column's sequence (re-created with it); RLS
-- settings, storage parameters and comments are the target's, as always.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_keep_owner') THEN
        CREATE ROLE rt_keep_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_keep_reader') THEN
        CREATE ROLE rt_keep_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
CREATE TABLE app.reading (id serial, at date NOT NULL, v int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.reading_all PARTITION OF app.reading DEFAULT;
ALTER TABLE app.reading OWNER TO rt_keep_owner;
ALTER TABLE app.reading_all OWNER TO rt_keep_owner;
ALTER SEQUENCE app.reading_id_seq OWNER TO rt_keep_owner;
GRANT SELECT, INSERT ON app.reading TO rt_keep_reader;
GRANT UPDATE (v) ON app.reading TO rt_keep_reader;
GRANT SELECT ON app.reading_all TO rt_keep_reader;
GRANT USAGE ON SEQUENCE app.reading_id_seq TO rt_keep_reader;
REVOKE TRUNCATE ON app.reading FROM rt_keep_owner;
ALTER TABLE app.reading ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE app.reading IS 'readings';

INSERT INTO app.reading (at, v) VALUES ('2024-01-01', 1);
