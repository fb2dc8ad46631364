SET check_function_bodies = off;

CREATE TYPE app.floatrange AS RANGE (
    SUBTYPE = double precision
);

ALTER TYPE app.floatrange OWNER TO postgres;

ALTER FUNCTION app.floatmultirange() OWNER TO postgres;

ALTER FUNCTION app.floatmultirange(VARIADIC app.floatrange[]) OWNER TO postgres;

ALTER FUNCTION app.floatmultirange(app.floatrange) OWNER TO postgres;

ALTER FUNCTION app.floatrange(double precision, double precision) OWNER TO postgres;

ALTER FUNCTION app.floatrange(double precision, double precision, text) OWNER TO postgres;

CREATE TYPE app.price_band AS RANGE (
    SUBTYPE = numeric
);

COMMENT ON TYPE app.price_band IS 'A range of prices';

ALTER TYPE app.price_band OWNER TO postgres;

ALTER FUNCTION app.price_band(numeric, numeric) OWNER TO postgres;

ALTER FUNCTION app.price_band(numeric, numeric, text) OWNER TO postgres;

ALTER FUNCTION app.price_band_multirange() OWNER TO postgres;

ALTER FUNCTION app.price_band_multirange(VARIADIC app.price_band[]) OWNER TO postgres;

ALTER FUNCTION app.price_band_multirange(app.price_band) OWNER TO postgres;

CREATE TYPE app.shift AS RANGE (
    SUBTYPE = timestamp with time zone,
    MULTIRANGE_TYPE_NAME = app.shift_set
);

ALTER TYPE app.shift OWNER TO postgres;

GRANT USAGE ON TYPE app.shift TO rt_range_user;

ALTER FUNCTION app.shift(timestamp with time zone, timestamp with time zone) OWNER TO postgres;

ALTER FUNCTION app.shift(timestamp with time zone, timestamp with time zone, text) OWNER TO postgres;

ALTER FUNCTION app.shift_set() OWNER TO postgres;

ALTER FUNCTION app.shift_set(VARIADIC app.shift[]) OWNER TO postgres;

ALTER FUNCTION app.shift_set(app.shift) OWNER TO postgres;

CREATE TABLE app.roster (
    id integer NOT NULL,
    shifts app.shift_set,
    band app.price_band
);

ALTER TABLE app.roster OWNER TO postgres;

ALTER TABLE app.roster ADD CONSTRAINT roster_pkey PRIMARY KEY (id);
