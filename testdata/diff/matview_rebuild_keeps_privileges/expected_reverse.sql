SET check_function_bodies = off;

DROP MATERIALIZED VIEW app.by_region;

CREATE MATERIALIZED VIEW app.by_region AS
 SELECT sale.region,
    sum(sale.amount) AS total
   FROM app.sale
  GROUP BY sale.region;

ALTER MATERIALIZED VIEW app.by_region OWNER TO postgres;
