SET check_function_bodies = off;

DROP MATERIALIZED VIEW app.by_region;

CREATE MATERIALIZED VIEW app.by_region AS
 SELECT sale.region,
    sum(sale.amount) AS total,
    count(*) AS n
   FROM app.sale
  GROUP BY sale.region
WITH NO DATA;

COMMENT ON MATERIALIZED VIEW app.by_region IS 'totals and counts';

ALTER MATERIALIZED VIEW app.by_region OWNER TO postgres;

CREATE UNIQUE INDEX by_region_region ON app.by_region USING btree (region);
