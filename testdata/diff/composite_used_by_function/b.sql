-- An attribute added to a type that functions take and return and that a
-- view reads through a function. Adding needs nothing else (the view picks
-- up the new column with CREATE OR REPLACE); dropping it again, in the
-- reverse, needs the view out of the way first.
CREATE SCHEMA app;

CREATE TYPE app.pair AS (
    a integer,
    b integer,
    c integer
);

COMMENT ON COLUMN app.pair.c IS 'Third of the pair';

CREATE FUNCTION app.pair_sum(p app.pair) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p.a + p.b $$;

CREATE FUNCTION app.pairs() RETURNS SETOF app.pair
    LANGUAGE sql STABLE
    AS $$ SELECT 1, 2, 3 $$;

CREATE VIEW app.pair_list AS
    SELECT * FROM app.pairs();
