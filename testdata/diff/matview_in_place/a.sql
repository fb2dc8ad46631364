-- Materialized views that differ in anything but their query are altered
-- in place, never dropped: a comment (on the view or a column), the owner,
-- a grant (on the view or a column), storage parameters, column settings
-- and whether they are populated (REFRESH; emptying one that holds data
-- warns and is unsafe).
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
COMMENT ON MATERIALIZED VIEW app.commented IS 'regions';
CREATE MATERIALIZED VIEW app.owned AS SELECT region FROM app.sale;
CREATE MATERIALIZED VIEW app.granted AS SELECT id, region FROM app.sale;
GRANT SELECT ON app.granted TO rt_mv_reader;
CREATE MATERIALIZED VIEW app.tuned AS SELECT id, amount FROM app.sale;
CREATE UNIQUE INDEX tuned_id ON app.tuned (id);
CREATE MATERIALIZED VIEW app.filled AS SELECT id FROM app.sale WITH NO DATA;
CREATE MATERIALIZED VIEW app.emptied AS SELECT id FROM app.sale;
