-- Range types with a SUBTYPE_DIFF function (which must exist first), a
-- non-default operator class and a collation. Those cannot be altered, so
-- the types are re-created (none is stored in a column), and the new diff
-- function is created before, or dropped after, its range type. The type a
-- column uses only gains a comment, which is done in place.
CREATE SCHEMA app;

CREATE FUNCTION app.time_subdiff(a time, b time) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT extract(epoch FROM a - b)::double precision $$;

CREATE TYPE app.timerange AS RANGE (subtype = time);

COMMENT ON TYPE app.timerange IS 'Opening hours';

CREATE TYPE app.wordrange AS RANGE (subtype = text, subtype_opclass = text_pattern_ops, collation = "C");

CREATE TYPE app.clockrange AS RANGE (subtype = time, subtype_diff = app.time_subdiff);

CREATE TABLE app.opening (
    id integer PRIMARY KEY,
    hours app.timerange
);
