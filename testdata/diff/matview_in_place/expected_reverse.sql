SET check_function_bodies = off;

COMMENT ON COLUMN app.commented.region IS NULL;

COMMENT ON MATERIALIZED VIEW app.commented IS 'regions';

REFRESH MATERIALIZED VIEW app.emptied;

REFRESH MATERIALIZED VIEW app.filled WITH NO DATA;

REVOKE SELECT ON TABLE app.granted FROM rt_mv_owner;

GRANT SELECT ON TABLE app.granted TO rt_mv_reader;

REVOKE SELECT (id) ON TABLE app.granted FROM rt_mv_reader;

ALTER MATERIALIZED VIEW app.owned OWNER TO postgres;

ALTER MATERIALIZED VIEW app.tuned RESET (fillfactor, autovacuum_enabled);

ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET STORAGE MAIN;

ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount SET STATISTICS -1;

ALTER MATERIALIZED VIEW app.tuned ALTER COLUMN amount RESET (n_distinct);
