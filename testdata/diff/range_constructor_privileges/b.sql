-- The functions PostgreSQL creates with a range type (its constructors;
-- range_multirange_functions has the multirange type's) have owners, privileges and comments of
-- their own: the target changes them on a kept type, and gives them to a
-- new type's constructors, which start from the default privileges for
-- functions. ALTER TYPE … OWNER TO leaves them with their old owner.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_rc_owner') THEN
        CREATE ROLE rt_rc_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_rc_reader') THEN
        CREATE ROLE rt_rc_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
-- New functions (a range type's constructors too) start without EXECUTE
-- for PUBLIC on both sides.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE TYPE app.floatrange AS RANGE (subtype = float8);
GRANT EXECUTE ON FUNCTION app.floatrange(float8, float8) TO PUBLIC;
GRANT EXECUTE ON FUNCTION app.floatrange(float8, float8, text) TO rt_rc_reader WITH GRANT OPTION;
ALTER FUNCTION app.floatrange(float8, float8, text) OWNER TO rt_rc_owner;
COMMENT ON FUNCTION app.floatrange(float8, float8) IS 'two bounds';
ALTER TYPE app.floatrange OWNER TO rt_rc_owner;
CREATE TYPE app.daterange2 AS RANGE (subtype = date);
COMMENT ON FUNCTION app.daterange2(date, date, text) IS 'bounds and their inclusion';
CREATE TYPE app.intspan AS RANGE (subtype = int4);
GRANT EXECUTE ON FUNCTION app.intspan(int4, int4) TO rt_rc_reader;
ALTER FUNCTION app.intspan(int4, int4, text) OWNER TO rt_rc_owner;
COMMENT ON FUNCTION app.intspan(int4, int4) IS 'a new type''s constructor';
