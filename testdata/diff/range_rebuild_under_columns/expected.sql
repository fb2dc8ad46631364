SET check_function_bodies = off;

DROP VIEW app.long_bookings;

ALTER FUNCTION app.moodmultirange() RENAME TO moodmultirange__pgstrata_old;

ALTER FUNCTION app.moodmultirange(VARIADIC app.moodrange[]) RENAME TO moodmultirange__pgstrata_old;

ALTER FUNCTION app.moodmultirange(app.moodrange) RENAME TO moodmultirange__pgstrata_old;

ALTER FUNCTION app.moodrange(app.mood, app.mood) RENAME TO moodrange__pgstrata_old;

ALTER FUNCTION app.moodrange(app.mood, app.mood, text) RENAME TO moodrange__pgstrata_old;

ALTER TYPE app.moodmultirange RENAME TO moodmultirange__pgstrata_old;

ALTER TYPE app.mood RENAME TO mood__pgstrata_old;

CREATE TYPE app.mood AS ENUM ('ok', 'meh');

ALTER TYPE app.mood OWNER TO postgres;

ALTER TYPE app.moodrange RENAME TO moodrange__pgstrata_old;

CREATE TYPE app.moodrange AS RANGE (
    SUBTYPE = app.mood
);

ALTER TYPE app.moodrange OWNER TO postgres;

ALTER FUNCTION app.moodmultirange() OWNER TO postgres;

ALTER FUNCTION app.moodmultirange(VARIADIC app.moodrange[]) OWNER TO postgres;

ALTER FUNCTION app.moodmultirange(app.moodrange) OWNER TO postgres;

ALTER FUNCTION app.moodrange(app.mood, app.mood) OWNER TO postgres;

ALTER FUNCTION app.moodrange(app.mood, app.mood, text) OWNER TO postgres;

ALTER FUNCTION app.span(integer, integer) RENAME TO span__pgstrata_old;

ALTER FUNCTION app.span(integer, integer, text) RENAME TO span__pgstrata_old;

ALTER FUNCTION app.span_multirange() RENAME TO span_multirange__pgstrata_old;

ALTER FUNCTION app.span_multirange(VARIADIC app.span[]) RENAME TO span_multirange__pgstrata_old;

ALTER FUNCTION app.span_multirange(app.span) RENAME TO span_multirange__pgstrata_old;

ALTER TYPE app.span_multirange RENAME TO span_multirange__pgstrata_old;

ALTER TYPE app.span RENAME TO span__pgstrata_old;

CREATE TYPE app.span AS RANGE (
    SUBTYPE = numeric
);

ALTER TYPE app.span OWNER TO postgres;

ALTER FUNCTION app.span(numeric, numeric) OWNER TO postgres;

ALTER FUNCTION app.span(numeric, numeric, text) OWNER TO postgres;

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

ALTER TABLE app.booking ALTER COLUMN moods TYPE app.moodrange USING moods::text::app.moodrange;

DROP TYPE app.moodrange__pgstrata_old;

DROP TYPE app.mood__pgstrata_old;

ALTER TABLE app.booking ALTER COLUMN slots TYPE app.span[] USING slots::text[]::app.span[];

DROP TYPE app.span__pgstrata_old;

CREATE VIEW app.long_bookings AS
 SELECT booking.id,
    booking.during
   FROM app.booking
  WHERE ((upper(booking.during) - lower(booking.during)) > (2)::numeric);

ALTER VIEW app.long_bookings OWNER TO postgres;
