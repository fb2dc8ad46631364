-- An aggregate without arguments is dropped; one with a sort operator and
-- internal state with serial functions is created; an existing one changes
-- its options in place (CREATE OR REPLACE AGGREGATE keeps its comment and
-- grants), gets a new owner, comment and privileges.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_agg_owner') THEN
        CREATE ROLE rt_agg_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_agg_reader') THEN
        CREATE ROLE rt_agg_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA stats;

CREATE FUNCTION stats.sum_sq_step(state bigint, x integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT state + x::bigint * x';

CREATE FUNCTION stats.sum_sq_final(state bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT state::numeric';

CREATE AGGREGATE stats.sum_sq(integer) (
    SFUNC = stats.sum_sq_step,
    STYPE = bigint,
    INITCOND = '0',
    FINALFUNC = stats.sum_sq_final,
    FINALFUNC_MODIFY = SHAREABLE,
    COMBINEFUNC = int8pl,
    PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE stats.sum_sq(integer) IS 'sum of the squares';
ALTER AGGREGATE stats.sum_sq(integer) OWNER TO rt_agg_owner;
REVOKE EXECUTE ON FUNCTION stats.sum_sq(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stats.sum_sq(integer) TO rt_agg_reader;

CREATE AGGREGATE stats.joined(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);

CREATE AGGREGATE stats.max_int(integer) (
    SFUNC = int4larger,
    STYPE = integer,
    SORTOP = OPERATOR(pg_catalog.>)
);
COMMENT ON AGGREGATE stats.max_int(integer) IS 'max, answerable from an index';

CREATE AGGREGATE stats.avg_big(bigint) (
    SFUNC = int8_avg_accum,
    STYPE = internal,
    SSPACE = 48,
    FINALFUNC = numeric_poly_avg,
    COMBINEFUNC = int8_avg_combine,
    SERIALFUNC = int8_avg_serialize,
    DESERIALFUNC = int8_avg_deserialize,
    PARALLEL = SAFE
);
