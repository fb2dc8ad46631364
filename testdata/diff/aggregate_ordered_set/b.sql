-- Ordered-set and hypothetical-set aggregates: "direct ORDER BY aggregated"
-- signatures in CREATE, COMMENT, ALTER and DROP, and GRANT, which wants the
-- underlying function's plain argument list.
CREATE SCHEMA stats;

CREATE FUNCTION stats.pct_final(state double precision[], frac double precision, v double precision)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT x FROM unnest(state) AS x ORDER BY x OFFSET floor(frac * (cardinality(state) - 1)) LIMIT 1 $$;

CREATE AGGREGATE stats.pct(double precision ORDER BY double precision) (
    SFUNC = array_append,
    STYPE = double precision[],
    FINALFUNC = stats.pct_final,
    FINALFUNC_EXTRA,
    FINALFUNC_MODIFY = READ_ONLY
);
COMMENT ON AGGREGATE stats.pct(double precision ORDER BY double precision) IS 'percentile';
REVOKE EXECUTE ON FUNCTION stats.pct(double precision, double precision) FROM PUBLIC;

CREATE AGGREGATE stats.hrank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi,
    STYPE = internal,
    FINALFUNC = rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);
COMMENT ON AGGREGATE stats.hrank(VARIADIC "any" ORDER BY VARIADIC "any") IS 'hypothetical rank';
REVOKE EXECUTE ON FUNCTION stats.hrank(VARIADIC "any") FROM PUBLIC;

CREATE FUNCTION stats.join_final(state text[], v text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_to_string(state, ',') $$;

-- No direct arguments: the signature starts with ORDER BY.
CREATE AGGREGATE stats.sorted_text(ORDER BY text) (
    SFUNC = array_append,
    STYPE = text[],
    FINALFUNC = stats.join_final,
    FINALFUNC_EXTRA
);
