CREATE SCHEMA app;
CREATE TABLE app.sale (id int PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW app.by_region AS SELECT region, sum(amount) AS total, count(*) AS n FROM app.sale GROUP BY region WITH NO DATA;
CREATE UNIQUE INDEX by_region_region ON app.by_region (region);
COMMENT ON MATERIALIZED VIEW app.by_region IS 'totals and counts';
