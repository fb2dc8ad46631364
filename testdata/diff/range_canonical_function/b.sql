-- A range type with a canonical function. Such a function takes and
-- returns the range type, so it is created against a shell type, before
-- the range type is defined; it must be written in C (or be internal: here,
-- the built-in int4range_canonical reused for a range over integer).
CREATE SCHEMA app;

CREATE TYPE app.dayrange;

CREATE FUNCTION app.dayrange_canonical(app.dayrange) RETURNS app.dayrange
    LANGUAGE internal IMMUTABLE STRICT
    AS 'int4range_canonical';

CREATE TYPE app.dayrange AS RANGE (subtype = integer, canonical = app.dayrange_canonical);

CREATE TABLE app.booking (
    id integer PRIMARY KEY,
    days app.dayrange
);
