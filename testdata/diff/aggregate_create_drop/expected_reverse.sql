SET check_function_bodies = off;

DROP AGGREGATE stats.avg_big(bigint);

DROP AGGREGATE stats.max_int(integer);

CREATE AGGREGATE stats.row_count(*) (
    SFUNC = pg_catalog.int8inc,
    STYPE = bigint,
    INITCOND = '0'
);

ALTER AGGREGATE stats.row_count(*) OWNER TO postgres;

CREATE OR REPLACE AGGREGATE stats.sum_sq(integer) (
    SFUNC = stats.sum_sq_step,
    STYPE = bigint,
    FINALFUNC = stats.sum_sq_final,
    COMBINEFUNC = pg_catalog.int8pl,
    INITCOND = '0',
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE stats.sum_sq(integer) IS 'sum of squares';

ALTER AGGREGATE stats.sum_sq(integer) OWNER TO postgres;

GRANT EXECUTE ON FUNCTION stats.sum_sq(integer) TO PUBLIC;

REVOKE EXECUTE ON FUNCTION stats.sum_sq(integer) FROM rt_agg_reader;
