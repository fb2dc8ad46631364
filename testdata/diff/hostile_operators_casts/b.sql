-- Operators in schemas whose names need quoting, with odd but valid symbol
-- names (a backquote, #, @, |, ?, !) and support functions whose names and
-- argument names need quoting: one changes its estimators and comment in
-- place, one is dropped, a commutator/negator pair is created (the shell
-- made for the negator is completed by the second CREATE), a prefix
-- operator, and two existing operators linked as commutators (ALTER
-- OPERATOR … SET on 17, re-created before). Casts between types whose
-- names need quoting: one changes its context (dropped and created again),
-- one WITH INOUT is created with a comment.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Op ""S""; DROP TABLE public.victim; --";
CREATE SCHEMA "select";

CREATE FUNCTION "Op ""S""; DROP TABLE public.victim; --"."Near ""N""; DROP FUNCTION x; --"("Left ""L""" integer, "from" integer)
    RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT abs("Left ""L""" - "from") <= 1 $$;
CREATE FUNCTION "select"."Far; --"(integer, integer)
    RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT abs($1 - $2) > 1 $$;
CREATE FUNCTION "select"."Sel ""S""; --"(internal, oid, internal, integer)
    RETURNS double precision LANGUAGE internal STABLE STRICT AS 'eqsel';

CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "Op ""S""; DROP TABLE public.victim; --"."Near ""N""; DROP FUNCTION x; --",
    RESTRICT = "select"."Sel ""S""; --"
);
COMMENT ON OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (integer, integer) IS E'it\\''s still near; --';

-- A commutator/negator pair across the two schemas.
CREATE OPERATOR "select".|?| (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "Op ""S""; DROP TABLE public.victim; --"."Near ""N""; DROP FUNCTION x; --",
    COMMUTATOR = OPERATOR("select".|?|),
    NEGATOR = OPERATOR("Op ""S""; DROP TABLE public.victim; --".!#!)
);
CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".!#! (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "select"."Far; --",
    COMMUTATOR = OPERATOR("Op ""S""; DROP TABLE public.victim; --".!#!),
    NEGATOR = OPERATOR("select".|?|)
);

-- A prefix operator.
CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".~@ (
    RIGHTARG = integer,
    FUNCTION = abs
);

-- Commutators of each other (a.sql has them unlinked).
CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "select"."Far; --"
);
CREATE OPERATOR "select".<%> (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "select"."Far; --",
    COMMUTATOR = OPERATOR("Op ""S""; DROP TABLE public.victim; --".>%<)
);

CREATE TYPE "Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS ("a b" integer, "C" integer);
CREATE TYPE "select"."Mood; DROP" AS ENUM ('ok', 'it''s');
CREATE TYPE "select"."Label ""L""" AS ENUM ('ok', 'it''s');
CREATE FUNCTION "Op ""S""; DROP TABLE public.victim; --"."To Int ""I""; --"("p ""P""" "Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --")
    RETURNS integer LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ("p ""P""")."a b" + ("p ""P""")."C" $$;

CREATE CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer)
    WITH FUNCTION "Op ""S""; DROP TABLE public.victim; --"."To Int ""I""; --"("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --")
    AS IMPLICIT;
COMMENT ON CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer) IS 'sum; DROP CAST x; --';

CREATE CAST ("select"."Mood; DROP" AS "select"."Label ""L""") WITH INOUT;
COMMENT ON CAST ("select"."Mood; DROP" AS "select"."Label ""L""") IS '''); DROP TABLE public.victim; --';
