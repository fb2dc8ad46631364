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
    COMBINEFUNC = int8pl,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE stats.sum_sq(integer) IS 'sum of squares';

CREATE AGGREGATE stats.row_count(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);

CREATE AGGREGATE stats.joined(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);
