SET check_function_bodies = off;

DROP CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer);

DROP CAST ("select"."Mood; DROP" AS "select"."Label ""L""");

DROP OPERATOR "Op ""S""; DROP TABLE public.victim; --".!#! (integer, integer);

DROP OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (integer, integer);

DROP OPERATOR "Op ""S""; DROP TABLE public.victim; --".~@ (NONE, integer);

DROP OPERATOR "select".<%> (integer, integer);

DROP OPERATOR "select".|?| (integer, integer);

ALTER OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (integer, integer) SET (RESTRICT = NONE);

COMMENT ON OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (integer, integer) IS 'it''s near; --';

CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (
    FUNCTION = "select"."Far; --",
    LEFTARG = integer,
    RIGHTARG = integer
);

ALTER OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (integer, integer) OWNER TO postgres;

CREATE OPERATOR "select".<%> (
    FUNCTION = "select"."Far; --",
    LEFTARG = integer,
    RIGHTARG = integer
);

ALTER OPERATOR "select".<%> (integer, integer) OWNER TO postgres;

CREATE OPERATOR "select".@#@ (
    FUNCTION = pg_catalog.abs,
    RIGHTARG = integer
);

ALTER OPERATOR "select".@#@ (NONE, integer) OWNER TO postgres;

CREATE CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer) WITH FUNCTION "Op ""S""; DROP TABLE public.victim; --"."To Int ""I""; --"("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --") AS ASSIGNMENT;

COMMENT ON CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer) IS 'sum; DROP CAST x; --';
