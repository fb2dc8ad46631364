CREATE SCHEMA app;

CREATE TYPE app.pair AS (
    a integer,
    b integer
);

CREATE FUNCTION app.pair_sum(p app.pair) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p.a + p.b $$;

CREATE FUNCTION app.pairs() RETURNS SETOF app.pair
    LANGUAGE sql STABLE
    AS $$ SELECT 1, 2 $$;

CREATE VIEW app.pair_list AS
    SELECT * FROM app.pairs();
