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
CREATE TYPE app.daterange2 AS RANGE (subtype = date);
GRANT EXECUTE ON FUNCTION app.daterange2(date, date) TO rt_rc_reader;
COMMENT ON FUNCTION app.daterange2(date, date, text) IS 'bounds given';
