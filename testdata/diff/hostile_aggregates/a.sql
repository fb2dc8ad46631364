-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Agg ""S""; DROP TABLE public.victim; --";

-- State and final functions with names and argument names that need quoting.
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --"(
    "St ""ate""" text, "select" text)
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT "St ""ate""" || coalesce("select", '''') $$;
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Final; --"("St ""ate""" text)
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT '"' || "St ""ate""" || '"' $$;

-- Changes its INITCOND and gains a final function (CREATE OR REPLACE
-- AGGREGATE: the result stays text).
CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"("Val ""V""" text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    STYPE = text,
    INITCOND = 'it''s'
);
COMMENT ON AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"(text)
    IS 'before; DROP TABLE victim; --';

-- Dropped in b.sql; an aggregate over * whose INITCOND tries to end the
-- literal.
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Count ""C"""("n" bigint)
    RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS 'SELECT n + 1';
CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."select"(*) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Count ""C""",
    STYPE = bigint,
    INITCOND = '0'
);
