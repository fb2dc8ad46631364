SET check_function_bodies = off;

CREATE TYPE app.floatrange AS RANGE (
    SUBTYPE = double precision
);

ALTER TYPE app.floatrange OWNER TO postgres;

CREATE TYPE app.price_band AS RANGE (
    SUBTYPE = numeric
);

COMMENT ON TYPE app.price_band IS 'A range of prices';

ALTER TYPE app.price_band OWNER TO postgres;

CREATE TYPE app.shift AS RANGE (
    SUBTYPE = timestamp with time zone,
    MULTIRANGE_TYPE_NAME = app.shift_set
);

ALTER TYPE app.shift OWNER TO postgres;

GRANT USAGE ON TYPE app.shift TO rt_range_user;

CREATE TABLE app.roster (
    id integer NOT NULL,
    shifts app.shift_set,
    band app.price_band
);

ALTER TABLE app.roster OWNER TO postgres;

ALTER TABLE app.roster ADD CONSTRAINT roster_pkey PRIMARY KEY (id);
