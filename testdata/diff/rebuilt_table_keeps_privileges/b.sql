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
CREATE TABLE app.reading (id serial, at date NOT NULL, v int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at, id);
CREATE TABLE app.reading_all PARTITION OF app.reading DEFAULT WITH (fillfactor = 60);
GRANT SELECT ON app.reading TO rt_keep_reader;
ALTER TABLE app.reading ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.reading FORCE ROW LEVEL SECURITY;
ALTER TABLE app.reading_all ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE app.reading IS 'sensor readings';
COMMENT ON COLUMN app.reading.v IS 'value';

INSERT INTO app.reading (at, v) VALUES ('2024-01-01', 1);
