SET check_function_bodies = off;

DROP TYPE app.wordrange;

COMMENT ON TYPE app.timerange IS 'Opening hours';

CREATE TYPE app.wordrange AS RANGE (
    SUBTYPE = text,
    SUBTYPE_OPCLASS = pg_catalog.text_pattern_ops,
    COLLATION = pg_catalog."C"
);

ALTER TYPE app.wordrange OWNER TO postgres;

ALTER FUNCTION app.wordmultirange() OWNER TO postgres;

ALTER FUNCTION app.wordmultirange(VARIADIC app.wordrange[]) OWNER TO postgres;

ALTER FUNCTION app.wordmultirange(app.wordrange) OWNER TO postgres;

ALTER FUNCTION app.wordrange(text, text) OWNER TO postgres;

ALTER FUNCTION app.wordrange(text, text, text) OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.time_subdiff(a time without time zone, b time without time zone)
 RETURNS double precision
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT extract(epoch FROM a - b)::double precision $function$;

ALTER FUNCTION app.time_subdiff(a time without time zone, b time without time zone) OWNER TO postgres;

CREATE TYPE app.clockrange AS RANGE (
    SUBTYPE = time without time zone,
    SUBTYPE_DIFF = app.time_subdiff
);

ALTER TYPE app.clockrange OWNER TO postgres;

ALTER FUNCTION app.clockmultirange() OWNER TO postgres;

ALTER FUNCTION app.clockmultirange(VARIADIC app.clockrange[]) OWNER TO postgres;

ALTER FUNCTION app.clockmultirange(app.clockrange) OWNER TO postgres;

ALTER FUNCTION app.clockrange(time without time zone, time without time zone) OWNER TO postgres;

ALTER FUNCTION app.clockrange(time without time zone, time without time zone, text) OWNER TO postgres;
