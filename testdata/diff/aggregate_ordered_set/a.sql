CREATE SCHEMA stats;

CREATE FUNCTION stats.pct_final(state double precision[], frac double precision, v double precision)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT x FROM unnest(state) AS x ORDER BY x OFFSET floor(frac * (cardinality(state) - 1)) LIMIT 1 $$;

CREATE AGGREGATE stats.pct(double precision ORDER BY double precision) (
    SFUNC = array_append,
    STYPE = double precision[],
    FINALFUNC = stats.pct_final,
    FINALFUNC_EXTRA
);
