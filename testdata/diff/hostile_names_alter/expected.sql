SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP TRIGGER "Dropped ""T""" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

DROP MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""";

DROP VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""";

DROP INDEX "Alt ""S""; DROP TABLE public.victim; --"."Idx ""I""; --";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DROP CONSTRAINT "Chk ""C""; --";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DROP COLUMN "Old ""Column""";

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" ADD VALUE '"first"' BEFORE 'a b';

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" ADD VALUE E'e\\f' AFTER 'c''d';

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" ADD VALUE ''');DROP TABLE public.victim;--' AFTER E'e\\f';

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" RENAME TO enum_type_with_a_name_of_exactly_sixty_three_byte__pgstrata_old;

CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" AS ENUM ('keep', 'also kept');

COMMENT ON TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" IS 'rebuilt';

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" OWNER TO postgres;

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."system_user" RENAME TO system_user__pgstrata_old;

CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."system_user" AS ENUM ('x', 'z');

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."system_user" OWNER TO postgres;

ALTER DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" RENAME TO "Domain_with_a_name_of_exactly_sixty_three_bytes_d__pgstrata_old";

CREATE DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" AS bigint
    CONSTRAINT "Pos ""itive""" CHECK ((VALUE > 0));

ALTER DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" OWNER TO postgres;

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."json" DROP ATTRIBUTE "Old ""Attr""" CASCADE;

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."json" ADD ATTRIBUTE "New ""Attr""" boolean CASCADE;

ALTER SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S""" INCREMENT BY 5;

COMMENT ON TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" IS '''); DROP TABLE public.victim; --';

ALTER SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S""" OWNED BY "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."Owner ""Col""";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Default; DROP" SET DEFAULT 'new \ '' value'::text;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Dom; --" TYPE "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" USING "Dom; --"::"Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€";

DROP DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_d__pgstrata_old";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Mood ""M""" DROP DEFAULT;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Mood ""M""" TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" USING "Mood ""M"""::text::"Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Mood ""M""" SET DEFAULT 'keep'::"Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ADD COLUMN "New ""Column""; --" "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" DEFAULT 'c''d'::"Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""";

COMMENT ON COLUMN "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."New ""Column""; --" IS 'new';

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Type ""Changes""" DROP DEFAULT;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Type ""Changes""" TYPE bigint USING "Type ""Changes"""::bigint;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Type ""Changes""" SET DEFAULT 2;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN moods TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß"[] USING moods::text[]::"Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß"[];

DROP TYPE "Alt ""S""; DROP TABLE public.victim; --".enum_type_with_a_name_of_exactly_sixty_three_byte__pgstrata_old;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN su TYPE "Alt ""S""; DROP TABLE public.victim; --".system_user USING su::text::"Alt ""S""; DROP TABLE public.victim; --".system_user;

DROP TYPE "Alt ""S""; DROP TABLE public.victim; --".system_user__pgstrata_old;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ADD CONSTRAINT "Chk ""C""; --" CHECK ((("Type ""Changes""" > 1) AND ("Default; DROP" <> '";--'::text)));

CREATE INDEX "Idx ""I""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" USING btree ("Default; DROP", "Id") WHERE ("Default; DROP" <> 'x''y'::text);

CREATE VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""" AS
 SELECT "Tab ""T""; DROP TABLE victim; --"."Id",
    "Tab ""T""; DROP TABLE victim; --"."Type ""Changes""",
    "Tab ""T""; DROP TABLE victim; --"."Default; DROP" AS "Added ""Col"""
   FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""" OWNER TO postgres;

CREATE MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""" AS
 SELECT "Tab ""T""; DROP TABLE victim; --"."Id",
    'it''s'::text AS "Lit ""L"""
   FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""" OWNER TO postgres;

CREATE OR REPLACE TRIGGER "Trg ""T""; --" BEFORE INSERT OR UPDATE ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    FOR EACH ROW
    EXECUTE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""('new''s', '"; DROP TABLE victim; --');

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DISABLE TRIGGER "Trg ""T""; --";

ALTER POLICY "Pol ""P""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" USING (("Default; DROP" = 'a''b'::text) OR ("Id" > 0));
