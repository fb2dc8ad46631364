SET check_function_bodies = off;

DROP AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Moving_aggregate_with_a_name_of_exactly_sixty_three_bytes_mmmé"(text);

DROP AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Ordered ""O""; --"("p ORDER BY q" integer ORDER BY v text);

DROP FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."Inv ""I"""("St ""ate""" text, "select" text);

DROP FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS final"("St ""ate""" text, p integer);

DROP FUNCTION "Agg ""S""; DROP TABLE public.victim; --"."OS step"("St ""ate""" text, v text);

CREATE OR REPLACE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"("Val ""V""" text) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Step ""S""; DROP FUNCTION x; --",
    STYPE = text,
    INITCOND = 'it''s'
);

COMMENT ON AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."Agg ""A""; DROP AGGREGATE x; --"("Val ""V""" text) IS 'before; DROP TABLE victim; --';

CREATE AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."select"(*) (
    SFUNC = "Agg ""S""; DROP TABLE public.victim; --"."Count ""C""",
    STYPE = bigint,
    INITCOND = '0'
);

ALTER AGGREGATE "Agg ""S""; DROP TABLE public.victim; --"."select"(*) OWNER TO postgres;
