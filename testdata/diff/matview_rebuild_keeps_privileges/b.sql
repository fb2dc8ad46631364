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
CREATE MATERIALIZED VIEW app.by_region AS SELECT region, sum(amount) AS total, count(*) AS n FROM app.sale GROUP BY region;
