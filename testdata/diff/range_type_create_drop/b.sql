-- Range types whose multirange type has the default name (with and
-- without "range" in the type's name) and one named explicitly, a comment,
-- a grant and a column of a range type. MULTIRANGE_TYPE_NAME needs 14.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_range_user') THEN
        CREATE ROLE rt_range_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE TYPE app.floatrange AS RANGE (subtype = double precision);

CREATE TYPE app.price_band AS RANGE (subtype = numeric);

CREATE TYPE app.shift AS RANGE (subtype = timestamptz, multirange_type_name = app.shift_set);

COMMENT ON TYPE app.price_band IS 'A range of prices';

GRANT USAGE ON TYPE app.shift TO rt_range_user;

CREATE TABLE app.roster (
    id integer PRIMARY KEY,
    shifts app.shift_set,
    band app.price_band
);
