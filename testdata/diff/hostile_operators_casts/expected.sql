SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer);

DROP OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (integer, integer);

DROP OPERATOR "select".<%> (integer, integer);

DROP OPERATOR "select".@#@ (NONE, integer);

CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".!#! (
    FUNCTION = "select"."Far; --",
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR("Op ""S""; DROP TABLE public.victim; --".!#!),
    NEGATOR = OPERATOR("select".|?|)
);

ALTER OPERATOR "Op ""S""; DROP TABLE public.victim; --".!#! (integer, integer) OWNER TO postgres;

ALTER OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (integer, integer) SET (RESTRICT = "select"."Sel ""S""; --");

COMMENT ON OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (integer, integer) IS E'it\\''s still near; --';

CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (
    FUNCTION = "select"."Far; --",
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR("select".<%>)
);

ALTER OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (integer, integer) OWNER TO postgres;

CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".~@ (
    FUNCTION = pg_catalog.abs,
    RIGHTARG = integer
);

ALTER OPERATOR "Op ""S""; DROP TABLE public.victim; --".~@ (NONE, integer) OWNER TO postgres;

CREATE OPERATOR "select".<%> (
    FUNCTION = "select"."Far; --",
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR("Op ""S""; DROP TABLE public.victim; --".>%<)
);

ALTER OPERATOR "select".<%> (integer, integer) OWNER TO postgres;

CREATE OPERATOR "select".|?| (
    FUNCTION = "Op ""S""; DROP TABLE public.victim; --"."Near ""N""; DROP FUNCTION x; --",
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR("select".|?|),
    NEGATOR = OPERATOR("Op ""S""; DROP TABLE public.victim; --".!#!)
);

ALTER OPERATOR "select".|?| (integer, integer) OWNER TO postgres;

CREATE CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer) WITH FUNCTION "Op ""S""; DROP TABLE public.victim; --"."To Int ""I""; --"("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --") AS IMPLICIT;

COMMENT ON CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer) IS 'sum; DROP CAST x; --';

CREATE CAST ("select"."Mood; DROP" AS "select"."Label ""L""") WITH INOUT;

COMMENT ON CAST ("select"."Mood; DROP" AS "select"."Label ""L""") IS '''); DROP TABLE public.victim; --';
