SET check_function_bodies = off;

ALTER FUNCTION app.span(integer, integer) RENAME TO span__pgstrata_old;

ALTER FUNCTION app.span(integer, integer, text) RENAME TO span__pgstrata_old;

ALTER FUNCTION app.span_multirange() RENAME TO span_multirange__pgstrata_old;

ALTER FUNCTION app.span_multirange(VARIADIC app.span[]) RENAME TO span_multirange__pgstrata_old;

ALTER FUNCTION app.span_multirange(app.span) RENAME TO span_multirange__pgstrata_old;

ALTER TYPE app.span_multirange RENAME TO span_multirange__pgstrata_old;

ALTER TYPE app.span RENAME TO span__pgstrata_old;

CREATE TYPE app.span AS RANGE (
    SUBTYPE = bigint
);

ALTER TYPE app.span OWNER TO postgres;

COMMENT ON FUNCTION app.span(bigint, bigint) IS 'lower and upper';

ALTER FUNCTION app.span(bigint, bigint) OWNER TO postgres;

REVOKE EXECUTE ON FUNCTION app.span(bigint, bigint) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION app.span(bigint, bigint) TO rt_rk_reader;

ALTER FUNCTION app.span(bigint, bigint, text) OWNER TO rt_rk_owner;

ALTER FUNCTION app.span_multirange() OWNER TO postgres;

ALTER FUNCTION app.span_multirange(VARIADIC app.span[]) OWNER TO postgres;

ALTER FUNCTION app.span_multirange(app.span) OWNER TO postgres;

ALTER TABLE app.booking ALTER COLUMN during TYPE app.span USING during::text::app.span;

DROP TYPE app.span__pgstrata_old;
