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

ALTER FUNCTION app.span(integer, integer) OWNER TO postgres;

ALTER FUNCTION app.span(integer, integer, text) OWNER TO postgres;

ALTER FUNCTION app.span_multirange() OWNER TO postgres;

ALTER FUNCTION app.span_multirange(VARIADIC app.span[]) OWNER TO postgres;

ALTER FUNCTION app.span_multirange(app.span) OWNER TO postgres;

GRANT EXECUTE ON FUNCTION app.stretch_multirange() TO rt_mr_owner;

REVOKE EXECUTE ON FUNCTION app.stretch_multirange(app.stretch) FROM rt_mr_owner;

ALTER TABLE app.booking ALTER COLUMN during TYPE app.span USING during::text::app.span;

ALTER TABLE app.booking ALTER COLUMN hist TYPE app.span_multirange[] USING hist::text[]::app.span_multirange[];

ALTER TABLE app.booking ALTER COLUMN spans TYPE app.span_multirange USING spans::text::app.span_multirange;

DROP TYPE app.span__pgstrata_old;
