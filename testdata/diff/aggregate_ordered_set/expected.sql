SET check_function_bodies = off;

CREATE OR REPLACE FUNCTION stats.join_final(state text[], v text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT array_to_string(state, ',') $function$;

ALTER FUNCTION stats.join_final(state text[], v text) OWNER TO postgres;

CREATE AGGREGATE stats.hrank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = pg_catalog.ordered_set_transition_multi,
    STYPE = internal,
    FINALFUNC = pg_catalog.rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);

COMMENT ON AGGREGATE stats.hrank(VARIADIC "any" ORDER BY VARIADIC "any") IS 'hypothetical rank';

ALTER AGGREGATE stats.hrank(VARIADIC "any" ORDER BY VARIADIC "any") OWNER TO postgres;

REVOKE EXECUTE ON FUNCTION stats.hrank(VARIADIC "any") FROM PUBLIC;

CREATE OR REPLACE AGGREGATE stats.pct(double precision ORDER BY double precision) (
    SFUNC = pg_catalog.array_append,
    STYPE = double precision[],
    FINALFUNC = stats.pct_final,
    FINALFUNC_EXTRA,
    FINALFUNC_MODIFY = READ_ONLY
);

COMMENT ON AGGREGATE stats.pct(double precision ORDER BY double precision) IS 'percentile';

REVOKE EXECUTE ON FUNCTION stats.pct(double precision, double precision) FROM PUBLIC;

CREATE AGGREGATE stats.sorted_text(ORDER BY text) (
    SFUNC = pg_catalog.array_append,
    STYPE = text[],
    FINALFUNC = stats.join_final,
    FINALFUNC_EXTRA
);

ALTER AGGREGATE stats.sorted_text(ORDER BY text) OWNER TO postgres;
