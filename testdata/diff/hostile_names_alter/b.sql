-- The same hostile names, changed: an enum of a 63-byte multibyte name
-- loses a label (rebuilt under its columns, renamed aside first), another
-- gains labels that need quoting, an enum and a composite type named by
-- words that are keywords on newer servers only, a 63-byte domain changes
-- its base type, a column changes type and default, a column is dropped
-- and another added, a check changes, an index and a view are rebuilt, a
-- trigger is replaced and one disabled, a policy is altered and comments
-- change. From b back to a, each change is undone.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Alt ""S""; DROP TABLE public.victim; --";

CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß"
    AS ENUM ('keep', 'also kept');
CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" AS ENUM ('"first"', 'a b', 'c''d', E'e\\f', ''');DROP TABLE public.victim;--');
CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."system_user" AS ENUM ('x', 'z');
CREATE DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€"
    AS bigint CONSTRAINT "Pos ""itive""" CHECK (VALUE > 0);
CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."json" AS ("Kept; --" text, "New ""Attr""" boolean);
CREATE TABLE "Alt ""S""; DROP TABLE public.victim; --"."Typed ""T""" OF "Alt ""S""; DROP TABLE public.victim; --"."json";

CREATE SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S""" INCREMENT BY 5;

CREATE TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" (
    "Id" integer PRIMARY KEY,
    "Mood ""M""" "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" DEFAULT 'keep',
    "moods" "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß"[],
    "su" "Alt ""S""; DROP TABLE public.victim; --"."system_user",
    "Dom; --" "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€",
    "Type ""Changes""" bigint DEFAULT 2,
    "Default; DROP" text DEFAULT E'new \\ '' value',
    "Owner ""Col""" integer,
    "New ""Column""; --" "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" DEFAULT 'c''d',
    CONSTRAINT "Chk ""C""; --" CHECK ("Type ""Changes""" > 1 AND "Default; DROP" <> '";--')
);
ALTER SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S"""
    OWNED BY "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."Owner ""Col""";
CREATE INDEX "Idx ""I""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ("Default; DROP", "Id")
    WHERE "Default; DROP" <> 'x''y';

CREATE VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""" AS
    SELECT "Id", "Type ""Changes""", "Default; DROP" AS "Added ""Col""" FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";
CREATE MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""" AS
    SELECT "Id", 'it''s' AS "Lit ""L""" FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

CREATE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Trg ""T""; --" BEFORE INSERT OR UPDATE ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    FOR EACH ROW EXECUTE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""('new''s', '"; DROP TABLE victim; --');
ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DISABLE TRIGGER "Trg ""T""; --";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Pol ""P""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    USING ("Default; DROP" = 'a''b' OR "Id" > 0);

COMMENT ON TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" IS '''); DROP TABLE public.victim; --';
COMMENT ON COLUMN "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."New ""Column""; --" IS 'new';
COMMENT ON TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" IS 'rebuilt';
