SET check_function_bodies = off;

DROP AGGREGATE stats.row_count(*);

CREATE AGGREGATE stats.avg_big(bigint) (
    SFUNC = pg_catalog.int8_avg_accum,
    STYPE = internal,
    SSPACE = 48,
    FINALFUNC = pg_catalog.numeric_poly_avg,
    COMBINEFUNC = pg_catalog.int8_avg_combine,
    SERIALFUNC = pg_catalog.int8_avg_serialize,
    DESERIALFUNC = pg_catalog.int8_avg_deserialize,
    PARALLEL = SAFE
);

ALTER AGGREGATE stats.avg_big(bigint) OWNER TO postgres;

CREATE AGGREGATE stats.max_int(integer) (
    SFUNC = pg_catalog.int4larger,
    STYPE = integer,
    SORTOP = OPERATOR(pg_catalog.>)
);

COMMENT ON AGGREGATE stats.max_int(integer) IS 'max, answerable from an index';

ALTER AGGREGATE stats.max_int(integer) OWNER TO postgres;

CREATE OR REPLACE AGGREGATE stats.sum_sq(integer) (
    SFUNC = stats.sum_sq_step,
    STYPE = bigint,
    FINALFUNC = stats.sum_sq_final,
    FINALFUNC_MODIFY = SHAREABLE,
    COMBINEFUNC = pg_catalog.int8pl,
    INITCOND = '0',
    PARALLEL = RESTRICTED
);

COMMENT ON AGGREGATE stats.sum_sq(integer) IS 'sum of the squares';

ALTER AGGREGATE stats.sum_sq(integer) OWNER TO rt_agg_owner;

REVOKE EXECUTE ON FUNCTION stats.sum_sq(integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION stats.sum_sq(integer) TO rt_agg_reader;
