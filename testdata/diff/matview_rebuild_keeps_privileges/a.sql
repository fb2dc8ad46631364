-- Without --with-privileges, a materialized view re-created because its
-- query changes keeps the source's owner and grants. The re-creation
-- recomputes its contents: the drop is unsafe (data_loss).
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
CREATE TABLE app.sale (id int PRIMARY KEY, region text, amount numeric);
INSERT INTO app.sale VALUES (1, 'north', 10);
CREATE MATERIALIZED VIEW app.by_region AS SELECT region, sum(amount) AS total FROM app.sale GROUP BY region;
ALTER MATERIALIZED VIEW app.by_region OWNER TO rt_keep_owner;
GRANT SELECT ON app.by_region TO rt_keep_reader;
GRANT SELECT (region) ON app.by_region TO PUBLIC;
