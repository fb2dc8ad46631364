SET check_function_bodies = off;

DROP AGGREGATE stats.hrank(VARIADIC "any" ORDER BY VARIADIC "any");

DROP AGGREGATE stats.sorted_text(ORDER BY text);

DROP FUNCTION stats.join_final(state text[], v text);

CREATE OR REPLACE AGGREGATE stats.pct(double precision ORDER BY double precision) (
    SFUNC = pg_catalog.array_append,
    STYPE = double precision[],
    FINALFUNC = stats.pct_final,
    FINALFUNC_EXTRA
);

COMMENT ON AGGREGATE stats.pct(double precision ORDER BY double precision) IS NULL;

GRANT EXECUTE ON FUNCTION stats.pct(double precision, double precision) TO PUBLIC;
