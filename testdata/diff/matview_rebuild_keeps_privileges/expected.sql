SET check_function_bodies = off;

DROP MATERIALIZED VIEW app.by_region;

CREATE MATERIALIZED VIEW app.by_region AS
 SELECT sale.region,
    sum(sale.amount) AS total,
    count(*) AS n
   FROM app.sale
  GROUP BY sale.region;

ALTER MATERIALIZED VIEW app.by_region OWNER TO rt_keep_owner;

GRANT SELECT ON TABLE app.by_region TO rt_keep_reader;

GRANT SELECT (region) ON TABLE app.by_region TO PUBLIC;
