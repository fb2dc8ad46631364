SET check_function_bodies = off;

ALTER FUNCTION app.span(bigint, bigint) RENAME TO span__pgstrata_old;

ALTER FUNCTION app.span(bigint, bigint, text) RENAME TO span__pgstrata_old;

ALTER FUNCTION app.span_multirange() RENAME TO span_multirange__pgstrata_old;

ALTER FUNCTION app.span_multirange(VARIADIC app.span[]) RENAME TO span_multirange__pgstrata_old;

ALTER FUNCTION app.span_multirange(app.span) RENAME TO span_multirange__pgstrata_old;

ALTER TYPE app.span_multirange RENAME TO span_multirange__pgstrata_old;

ALTER TYPE app.span RENAME TO span__pgstrata_old;

CREATE TYPE app.span AS RANGE (
    SUBTYPE = integer
);

ALTER TYPE app.span OWNER TO postgres;

COMMENT ON FUNCTION app.span(integer, integer) IS 'lower and upper';

ALTER FUNCTION app.span(integer, integer) OWNER TO postgres;

ALTER FUNCTION app.span(integer, integer, text) OWNER TO postgres;

GRANT EXECUTE ON FUNCTION app.span(integer, integer, text) TO rt_rk_reader;

ALTER FUNCTION app.span_multirange() OWNER TO postgres;

ALTER FUNCTION app.span_multirange(VARIADIC app.span[]) OWNER TO postgres;

ALTER FUNCTION app.span_multirange(app.span) OWNER TO postgres;

ALTER TABLE app.booking ALTER COLUMN during TYPE app.span USING during::text::app.span;

DROP TYPE app.span__pgstrata_old;
