SET check_function_bodies = off;

DROP TYPE app.intspan;

GRANT EXECUTE ON FUNCTION app.daterange2(date, date) TO rt_rc_reader;

COMMENT ON FUNCTION app.daterange2(date, date, text) IS 'bounds given';

ALTER TYPE app.floatrange OWNER TO postgres;

COMMENT ON FUNCTION app.floatrange(double precision, double precision) IS NULL;

REVOKE EXECUTE ON FUNCTION app.floatrange(double precision, double precision) FROM PUBLIC;

ALTER FUNCTION app.floatrange(double precision, double precision, text) OWNER TO postgres;

REVOKE EXECUTE ON FUNCTION app.floatrange(double precision, double precision, text) FROM rt_rc_reader;
