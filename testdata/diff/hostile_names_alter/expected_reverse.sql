SET check_function_bodies = off;

DROP MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""";

DROP VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""";

DROP INDEX "Alt ""S""; DROP TABLE public.victim; --"."Idx ""I""; --";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DROP CONSTRAINT "Chk ""C""; --";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DROP COLUMN "New ""Column""; --";

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" RENAME TO "Grow ""Enum""__pgstrata_old";

CREATE TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" AS ENUM ('a b', 'c''d');

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""" OWNER TO postgres;

DROP TYPE "Alt ""S""; DROP TABLE public.victim; --"."Grow ""Enum""__pgstrata_old";

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" ADD VALUE 'it''s gone' AFTER 'keep';

COMMENT ON TYPE "Alt ""S""; DROP TABLE public.victim; --"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" IS NULL;

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."system_user" ADD VALUE 'y' AFTER 'x';

ALTER DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" RENAME TO "Domain_with_a_name_of_exactly_sixty_three_bytes_d__pgstrata_old";

CREATE DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" AS integer
    CONSTRAINT "Pos ""itive""" CHECK ((VALUE > 0));

ALTER DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" OWNER TO postgres;

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."json" DROP ATTRIBUTE "New ""Attr""" CASCADE;

ALTER TYPE "Alt ""S""; DROP TABLE public.victim; --"."json" ADD ATTRIBUTE "Old ""Attr""" integer CASCADE;

ALTER SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S""" INCREMENT BY 1;

COMMENT ON TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" IS 'old';

ALTER SEQUENCE "Alt ""S""; DROP TABLE public.victim; --"."Seq ""S""" OWNED BY "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."Id";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Default; DROP" SET DEFAULT 'old '' value'::text;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Dom; --" TYPE "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€" USING "Dom; --"::"Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_dddddddddddd€";

DROP DOMAIN "Alt ""S""; DROP TABLE public.victim; --"."Domain_with_a_name_of_exactly_sixty_three_bytes_d__pgstrata_old";

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ADD COLUMN "Old ""Column""" text;

COMMENT ON COLUMN "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"."Old ""Column""" IS 'gone';

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Type ""Changes""" DROP DEFAULT;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Type ""Changes""" TYPE integer USING "Type ""Changes"""::integer;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ALTER COLUMN "Type ""Changes""" SET DEFAULT 1;

ALTER TABLE "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ADD CONSTRAINT "Chk ""C""; --" CHECK (("Type ""Changes""" > 0));

CREATE INDEX "Idx ""I""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" USING btree ("Default; DROP");

CREATE VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""" AS
 SELECT "Tab ""T""; DROP TABLE victim; --"."Id",
    "Tab ""T""; DROP TABLE victim; --"."Type ""Changes"""
   FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER VIEW "Alt ""S""; DROP TABLE public.victim; --"."View ""V""" OWNER TO postgres;

CREATE MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""" AS
 SELECT "Tab ""T""; DROP TABLE victim; --"."Id"
   FROM "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER MATERIALIZED VIEW "Alt ""S""; DROP TABLE public.victim; --"."Mat ""M""" OWNER TO postgres;

CREATE TRIGGER "Dropped ""T""" BEFORE UPDATE ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    FOR EACH ROW
    EXECUTE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""();

CREATE OR REPLACE TRIGGER "Trg ""T""; --" BEFORE INSERT ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    FOR EACH ROW
    EXECUTE FUNCTION "Alt ""S""; DROP TABLE public.victim; --"."Trg ""F"""('old');

ALTER POLICY "Pol ""P""; --" ON "Alt ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" USING ("Default; DROP" = 'a''b'::text);
