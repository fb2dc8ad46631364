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

ALTER FUNCTION app.span(bigint, bigint) OWNER TO postgres;

ALTER FUNCTION app.span(bigint, bigint, text) OWNER TO postgres;

COMMENT ON FUNCTION app.span_multirange() IS 'empty';

ALTER FUNCTION app.span_multirange() OWNER TO postgres;

ALTER FUNCTION app.span_multirange(VARIADIC app.span[]) OWNER TO rt_mr_owner;

ALTER FUNCTION app.span_multirange(app.span) OWNER TO postgres;

GRANT EXECUTE ON FUNCTION app.span_multirange(app.span) TO PUBLIC;

REVOKE EXECUTE ON FUNCTION app.stretch_multirange() FROM rt_mr_owner;

GRANT EXECUTE ON FUNCTION app.stretch_multirange(app.stretch) TO rt_mr_owner;

ALTER TABLE app.booking ALTER COLUMN during TYPE app.span USING during::text::app.span;

ALTER TABLE app.booking ALTER COLUMN hist TYPE app.span_multirange[] USING hist::text[]::app.span_multirange[];

ALTER TABLE app.booking ALTER COLUMN spans TYPE app.span_multirange USING spans::text::app.span_multirange;

DROP TYPE app.span__pgstrata_old;
