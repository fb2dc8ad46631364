DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_mv_owner') THEN
        CREATE ROLE rt_mv_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_mv_reader') THEN
        CREATE ROLE rt_mv_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
CREATE TABLE app.sale (id int PRIMARY KEY, region text, amount numeric);
INSERT INTO app.sale VALUES (1, 'north', 10), (2, 'south', 20);

CREATE MATERIALIZED VIEW app.commented AS SELECT region FROM app.sale;
COMMENT ON MATERIALIZED VIEW app.commented IS 'sales regions';
COMMENT ON COLUMN app.commented.region IS 'where';
CREATE MATERIALIZED VIEW app.owned AS SELECT region FROM app.sale;
ALTER MATERIALIZED VIEW app.owned OWNER TO rt_mv_owner;
CREATE MATERIALIZED VIEW app.granted AS SELECT id, region FROM app.sale;
GRANT SELECT (id) ON app.granted TO rt_mv_reader;
GRANT SELECT ON app.granted TO rt_mv_owner WITH GRANT OPTION;
CREATE MATERIALIZED VIEW app.tuned WITH (fillfactor = 70, autovacuum_enabled = false) AS SELECT id, amount FROM app.sale;
CREATE UNIQUE INDEX tuned_id ON app.tuned (id);
ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET STATISTICS 500;
ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET STORAGE EXTERNAL;
ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET (n_distinct = 10);
CREATE MATERIALIZED VIEW app.filled AS SELECT id FROM app.sale;
CREATE MATERIALIZED VIEW app.emptied AS SELECT id FROM app.sale WITH NO DATA;
