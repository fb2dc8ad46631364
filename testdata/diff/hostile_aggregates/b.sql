-- Aggregates whose names, argument names, support functions and INITCOND
-- need quoting: one changes its INITCOND (to a text holding quotes,
-- backslashes, $$ and an attempt to end the literal) and gains a final
-- function in place; one over * is dropped; a moving-aggregate one and an
-- ordered-set one whose direct argument is named "p ORDER BY q" are
-- created, the latter with a REVOKE, which GRANT must address as FUNCTION
-- with the plain argument list.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Agg ""S""; DROP TABLE public.victim; --";

CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --"(
    "St ""ate""" text, "select" text)
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT "St ""ate""" || coalesce("select", '''') $$;
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Final; --"("St ""ate""" text)
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT '"' || "St ""ate""" || '"' $$;
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Count ""C"""("n" bigint)
    RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS 'SELECT n + 1';

CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"("Val ""V""" text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    STYPE = text,
    FINALFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Final; --",
    INITCOND = E'it''s \\ "q" $$ $_$ \\''); DROP TABLE public.victim; --'
);
COMMENT ON AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"(text)
    IS 'after''s; DROP TABLE victim; --';

-- A moving aggregate: forward and inverse functions and MINITCOND.
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Inv ""I"""("St ""ate""" text, "select" text)
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT left("St ""ate""", length("St ""ate""") - length(coalesce("select", ''''))) $$;
CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Moving_aggregate_with_a_name_of_exactly_sixty_three_bytes_mmmé"(text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    STYPE = text,
    INITCOND = '',
    MSFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    MINVFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Inv ""I""",
    MSTYPE = text,
    MINITCOND = ''';--'
);

-- An ordered-set aggregate whose direct argument name holds " ORDER BY ".
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS step"("St ""ate""" text, "v" text)
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT coalesce("St ""ate""", '') || "v" $$;
CREATE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS final"("St ""ate""" text, "p" integer)
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT repeat("St ""ate""", "p") $$;
CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Ordered ""O""; --"("p ORDER BY q" integer ORDER BY "v" text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."OS step",
    STYPE = text,
    FINALFUNC = "Agg ""S""; DROP TABLE public.victim; --"."OS final"
);
REVOKE EXECUTE ON FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Ordered ""O""; --"(integer, text) FROM PUBLIC;
