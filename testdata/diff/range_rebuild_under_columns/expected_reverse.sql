SET check_function_bodies = off;

DROP VIEW app.long_bookings;

ALTER TYPE app.mood ADD VALUE 'sad' AFTER 'ok';

ALTER FUNCTION app.span(numeric, numeric) RENAME TO span__pgstrata_old;

ALTER FUNCTION app.span(numeric, numeric, text) RENAME TO span__pgstrata_old;

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

ALTER DOMAIN app.nonempty_span RENAME TO nonempty_span__pgstrata_old;

CREATE DOMAIN app.nonempty_span AS app.span
    CONSTRAINT nonempty_span_check CHECK ((NOT isempty(VALUE)));

ALTER DOMAIN app.nonempty_span OWNER TO postgres;

ALTER TABLE app.booking ALTER COLUMN checked TYPE app.nonempty_span USING checked::text::app.nonempty_span;

DROP DOMAIN app.nonempty_span__pgstrata_old;

ALTER TABLE app.booking ALTER COLUMN during TYPE app.span USING during::text::app.span;

ALTER TABLE app.booking ALTER COLUMN slots TYPE app.span[] USING slots::text[]::app.span[];

DROP TYPE app.span__pgstrata_old;

CREATE VIEW app.long_bookings AS
 SELECT booking.id,
    booking.during
   FROM app.booking
  WHERE ((upper(booking.during) - lower(booking.during)) > 2);

ALTER VIEW app.long_bookings OWNER TO postgres;
