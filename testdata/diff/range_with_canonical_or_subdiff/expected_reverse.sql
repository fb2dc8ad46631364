SET check_function_bodies = off;

DROP TYPE app.clockrange;

DROP FUNCTION app.time_subdiff(a time without time zone, b time without time zone);

DROP TYPE app.wordrange;

COMMENT ON TYPE app.timerange IS NULL;

CREATE TYPE app.wordrange AS RANGE (
    SUBTYPE = text
);

ALTER TYPE app.wordrange OWNER TO postgres;

ALTER FUNCTION app.wordmultirange() OWNER TO postgres;

ALTER FUNCTION app.wordmultirange(VARIADIC app.wordrange[]) OWNER TO postgres;

ALTER FUNCTION app.wordmultirange(app.wordrange) OWNER TO postgres;

ALTER FUNCTION app.wordrange(text, text) OWNER TO postgres;

ALTER FUNCTION app.wordrange(text, text, text) OWNER TO postgres;
