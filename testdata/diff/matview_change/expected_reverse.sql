SET check_function_bodies = off;

DROP MATERIALIZED VIEW app.by_region;

CREATE MATERIALIZED VIEW app.by_region AS
 SELECT sale.region,
    sum(sale.amount) AS total
   FROM app.sale
  GROUP BY sale.region;

COMMENT ON MATERIALIZED VIEW app.by_region IS 'totals';

ALTER MATERIALIZED VIEW app.by_region OWNER TO postgres;

CREATE UNIQUE INDEX by_region_region ON app.by_region USING btree (region);
