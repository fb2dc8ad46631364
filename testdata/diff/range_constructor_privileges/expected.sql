SET check_function_bodies = off;

REVOKE EXECUTE ON FUNCTION app.daterange2(date, date) FROM rt_rc_reader;

COMMENT ON FUNCTION app.daterange2(date, date, text) IS 'bounds and their inclusion';

ALTER TYPE app.floatrange OWNER TO rt_rc_owner;

COMMENT ON FUNCTION app.floatrange(double precision, double precision) IS 'two bounds';

GRANT EXECUTE ON FUNCTION app.floatrange(double precision, double precision) TO PUBLIC;

ALTER FUNCTION app.floatrange(double precision, double precision, text) OWNER TO rt_rc_owner;

GRANT EXECUTE ON FUNCTION app.floatrange(double precision, double precision, text) TO rt_rc_reader WITH GRANT OPTION;

CREATE TYPE app.intspan AS RANGE (
    SUBTYPE = integer
);

ALTER TYPE app.intspan OWNER TO postgres;

COMMENT ON FUNCTION app.intspan(integer, integer) IS 'a new type''s constructor';

ALTER FUNCTION app.intspan(integer, integer) OWNER TO postgres;

GRANT EXECUTE ON FUNCTION app.intspan(integer, integer) TO rt_rc_reader;

ALTER FUNCTION app.intspan(integer, integer, text) OWNER TO rt_rc_owner;

ALTER FUNCTION app.intspan_multirange() OWNER TO postgres;

ALTER FUNCTION app.intspan_multirange(VARIADIC app.intspan[]) OWNER TO postgres;

ALTER FUNCTION app.intspan_multirange(app.intspan) OWNER TO postgres;
