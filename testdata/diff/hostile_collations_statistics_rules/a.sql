-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Col ""S""; DROP TABLE public.victim; --";

-- Dropped in b.sql.
CREATE COLLATION "Col ""S""; DROP TABLE public.victim; --"."Old ""Coll""; DROP COLLATION x; --" (provider = libc, locale = 'POSIX');

CREATE TABLE "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" (
    "Id" integer PRIMARY KEY,
    "Col ""A""" text,
    "select" integer,
    "from" integer
);
CREATE TABLE "Col ""S""; DROP TABLE public.victim; --"."Log; --" (
    "What ""W""" text,
    "at" integer
);

-- Changes its target and comment in place.
CREATE STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" (ndistinct)
    ON "select", "from" FROM "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";
COMMENT ON STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" IS 'old';
-- Dropped in b.sql.
CREATE STATISTICS "Col ""S""; DROP TABLE public.victim; --"."select" (dependencies)
    ON "Col ""A""", "from" FROM "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

-- Replaced (CREATE OR REPLACE RULE) with another action in b.sql.
CREATE RULE "Rule ""R""; DROP RULE x; --" AS
    ON INSERT TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    WHERE NEW."Col ""A""" = 'it''s'
    DO ALSO INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" VALUES ('"; DROP TABLE victim; --', NEW."Id");
-- Dropped in b.sql.
CREATE RULE "Rule ""Gone""" AS
    ON DELETE TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    WHERE OLD."Col ""A""" = E'back\\slash'
    DO INSTEAD NOTHING;
