SET check_function_bodies = off;

COMMENT ON COLUMN app.commented.region IS 'where';

COMMENT ON MATERIALIZED VIEW app.commented IS 'sales regions';

REFRESH MATERIALIZED VIEW app.emptied WITH NO DATA;

REFRESH MATERIALIZED VIEW app.filled;

GRANT SELECT ON TABLE app.granted TO rt_mv_owner WITH GRANT OPTION;

REVOKE SELECT ON TABLE app.granted FROM rt_mv_reader;

GRANT SELECT (id) ON TABLE app.granted TO rt_mv_reader;

ALTER MATERIALIZED VIEW app.owned OWNER TO rt_mv_owner;

ALTER MATERIALIZED VIEW app.tuned SET (fillfactor='70', autovacuum_enabled='false');

ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET STORAGE EXTERNAL;

ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET STATISTICS 500;

ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET (n_distinct='10');
