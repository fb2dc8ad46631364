CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Alt ""S""; DROP TABLE public.victim; --";

CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß"
    AS ENUM ('keep', 'it''s gone', 'also kept');
CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" AS ENUM ('a b', 'c''d');
CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."system_user" AS ENUM ('x', 'y', 'z');
CREATE DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€"
    AS integer CONSTRAINT "Pos ""itive""" CHECK (VALUE > 0);
CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."json" AS ("Kept; --" text, "Old ""Attr""" integer);
CREATE TABLE "Alt ""S""; DROP TABLE public.victim; --"."Typed ""T""" OF "Alt ""S""; DROP TABLE public.victim; --"."json";

CREATE SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S""";

CREATE TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" (
    "Id" integer PRIMARY KEY,
    "Mood ""M""" "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" DEFAULT 'keep',
    "moods" "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß"[],
    "su" "Alt ""S""; DROP TABLE public.victim; --"."system_user",
    "Dom; --" "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€",
    "Type ""Changes""" integer DEFAULT 1,
    "Default; DROP" text DEFAULT 'old '' value',
    "Owner ""Col""" integer,
    "Old ""Column""" text,
    CONSTRAINT "Chk ""C""; --" CHECK ("Type ""Changes""" > 0)
);
ALTER SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S"""
    OWNED BY "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."Id";
CREATE INDEX "Idx ""I""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ("Default; DROP");

CREATE VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""" AS
    SELECT "Id", "Type ""Changes""" FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";
CREATE MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""" AS
    SELECT "Id" FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

CREATE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Trg ""T""; --" BEFORE INSERT ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    FOR EACH ROW EXECUTE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""('old');
CREATE TRIGGER "Dropped ""T""" BEFORE UPDATE ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    FOR EACH ROW EXECUTE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""();

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Pol ""P""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    USING ("Default; DROP" = 'a''b');

COMMENT ON TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" IS 'old';
COMMENT ON COLUMN "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."Old ""Column""" IS 'gone';
