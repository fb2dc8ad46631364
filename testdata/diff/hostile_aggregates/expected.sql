SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."select"(*);

CREATE OR REPLACE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Inv ""I"""("St ""ate""" text, "select" text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT left("St ""ate""", length("St ""ate""") - length(coalesce("select", ''''))) $function$;

ALTER FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Inv ""I"""("St ""ate""" text, "select" text) OWNER TO postgres;

CREATE OR REPLACE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS final"("St ""ate""" text, p integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT repeat("St ""ate""", "p") $function$;

ALTER FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS final"("St ""ate""" text, p integer) OWNER TO postgres;

CREATE OR REPLACE FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS step"("St ""ate""" text, v text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT coalesce("St ""ate""", '') || "v" $function$;

ALTER FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS step"("St ""ate""" text, v text) OWNER TO postgres;

CREATE OR REPLACE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"("Val ""V""" text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    STYPE = text,
    FINALFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Final; --",
    INITCOND = E'it''s \\ "q" $$ $_$ \\''); DROP TABLE public.victim; --'
);

COMMENT ON AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"("Val ""V""" text) IS 'after''s; DROP TABLE victim; --';

CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Moving_aggregate_with_a_name_of_exactly_sixty_three_bytes_mmmé"(text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    STYPE = text,
    INITCOND = '',
    MSFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    MINVFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Inv ""I""",
    MSTYPE = text,
    MINITCOND = ''';--'
);

ALTER AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Moving_aggregate_with_a_name_of_exactly_sixty_three_bytes_mmmé"(text) OWNER TO postgres;

CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Ordered ""O""; --"("p ORDER BY q" integer ORDER BY v text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."OS step",
    STYPE = text,
    FINALFUNC = "Agg ""S""; DROP TABLE public.victim; --"."OS final"
);

ALTER AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Ordered ""O""; --"("p ORDER BY q" integer ORDER BY v text) OWNER TO postgres;

REVOKE EXECUTE ON FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Ordered ""O""; --"("p ORDER BY q" integer, v text) FROM PUBLIC;
