SET check_function_bodies = off;

DROP TYPE app.clockrange;

DROP FUNCTION app.time_subdiff(a time without time zone, b time without time zone);

DROP TYPE app.wordrange;

COMMENT ON TYPE app.timerange IS NULL;

CREATE TYPE app.wordrange AS RANGE (
    SUBTYPE = text
);

ALTER TYPE app.wordrange OWNER TO postgres;
