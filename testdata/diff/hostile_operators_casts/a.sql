-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Op ""S""; DROP TABLE public.victim; --";
CREATE SCHEMA "select";

CREATE FUNCTION "Op ""S""; DROP TABLE public.victim; --"."Near ""N""; DROP FUNCTION x; --"("Left ""L""" integer, "from" integer)
    RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT abs("Left ""L""" - "from") <= 1 $$;
CREATE FUNCTION "select"."Far; --"(integer, integer)
    RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT abs($1 - $2) > 1 $$;
-- An estimator under a hostile name: the built-in eqsel.
CREATE FUNCTION "select"."Sel ""S""; --"(internal, oid, internal, integer)
    RETURNS double precision LANGUAGE internal STABLE STRICT AS 'eqsel';

-- Changes its estimator in place (ALTER OPERATOR … SET) and its comment.
CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "Op ""S""; DROP TABLE public.victim; --"."Near ""N""; DROP FUNCTION x; --"
);
COMMENT ON OPERATOR "Op ""S""; DROP TABLE public.victim; --".<`> (integer, integer) IS 'it''s near; --';

-- Dropped in b.sql.
CREATE OPERATOR "select".@#@ (
    RIGHTARG = integer,
    FUNCTION = abs
);

-- Linked as commutators in b.sql: ALTER OPERATOR … SET (COMMUTATOR = …)
-- on 17, re-created before.
CREATE OPERATOR "Op ""S""; DROP TABLE public.victim; --".>%< (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "select"."Far; --"
);
CREATE OPERATOR "select".<%> (
    LEFTARG = integer, RIGHTARG = integer,
    FUNCTION = "select"."Far; --"
);

-- Types for casts.
CREATE TYPE "Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS ("a b" integer, "C" integer);
CREATE TYPE "select"."Mood; DROP" AS ENUM ('ok', 'it''s');
CREATE TYPE "select"."Label ""L""" AS ENUM ('ok', 'it''s');
CREATE FUNCTION "Op ""S""; DROP TABLE public.victim; --"."To Int ""I""; --"("p ""P""" "Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --")
    RETURNS integer LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ("p ""P""")."a b" + ("p ""P""")."C" $$;

-- Changes context (re-created) in b.sql.
CREATE CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer)
    WITH FUNCTION "Op ""S""; DROP TABLE public.victim; --"."To Int ""I""; --"("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --")
    AS ASSIGNMENT;
COMMENT ON CAST ("Op ""S""; DROP TABLE public.victim; --"."Src ""T""; DROP TYPE x; --" AS integer) IS 'sum; DROP CAST x; --';
