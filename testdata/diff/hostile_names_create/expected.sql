SET check_function_bodies = off;
SET standard_conforming_strings = on;

CREATE SCHEMA "Schéma. With Dots; And Spaces";

ALTER SCHEMA "Schéma. With Dots; And Spaces" OWNER TO postgres;

CREATE SCHEMA "select";

ALTER SCHEMA "select" OWNER TO postgres;

CREATE SCHEMA "x""; DROP TABLE public.victim; --";

COMMENT ON SCHEMA "x""; DROP TABLE public.victim; --" IS 'schema';

ALTER SCHEMA "x""; DROP TABLE public.victim; --" OWNER TO postgres;

CREATE TYPE "select"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" AS ENUM ('a');

ALTER TYPE "select"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" OWNER TO postgres;

CREATE TYPE "x""; DROP TABLE public.victim; --"."Mood ""Type""" AS ENUM ('happy', 'it''s fine', 'say "cheese"', E'back\\slash', '$$', ''');DROP TABLE public.victim;--', 'ünï cödé');

COMMENT ON TYPE "x""; DROP TABLE public.victim; --"."Mood ""Type""" IS 'enum';

ALTER TYPE "x""; DROP TABLE public.victim; --"."Mood ""Type""" OWNER TO postgres;

CREATE DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x" AS integer
    CONSTRAINT "Positive ""check""; --" CHECK ((VALUE > 0));

COMMENT ON CONSTRAINT "Positive ""check""; --" ON DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x" IS 'domain check';

COMMENT ON DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x" IS 'domain';

ALTER DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x" OWNER TO postgres;

CREATE TYPE "select"."table" AS (
    "Attr ""One""" integer,
    "from" text,
    "naïve; --" boolean
);

COMMENT ON COLUMN "select"."table"."naïve; --" IS 'attribute';

ALTER TYPE "select"."table" OWNER TO postgres;

CREATE TYPE "select"."Float Range" AS RANGE (
    SUBTYPE = double precision,
    MULTIRANGE_TYPE_NAME = "select"."Multi ""Float"" Range"
);

ALTER TYPE "select"."Float Range" OWNER TO postgres;

ALTER FUNCTION "select"."Float Range"(double precision, double precision) OWNER TO postgres;

ALTER FUNCTION "select"."Float Range"(double precision, double precision, text) OWNER TO postgres;

ALTER FUNCTION "select"."Multi ""Float"" Range"() OWNER TO postgres;

ALTER FUNCTION "select"."Multi ""Float"" Range"("select"."Float Range") OWNER TO postgres;

ALTER FUNCTION "select"."Multi ""Float"" Range"(VARIADIC "select"."Float Range"[]) OWNER TO postgres;

CREATE TYPE "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀" AS RANGE (
    SUBTYPE = integer
);

ALTER TYPE "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀" OWNER TO postgres;

ALTER FUNCTION "select".hostile_multirange_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr() OWNER TO postgres;

ALTER FUNCTION "select".hostile_multirange_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr("select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀") OWNER TO postgres;

ALTER FUNCTION "select".hostile_multirange_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr(VARIADIC "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀"[]) OWNER TO postgres;

ALTER FUNCTION "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀"(integer, integer) OWNER TO postgres;

ALTER FUNCTION "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀"(integer, integer, text) OWNER TO postgres;

CREATE OR REPLACE FUNCTION "select"."Trig Func"()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NEW; END $function$;

ALTER FUNCTION "select"."Trig Func"() OWNER TO postgres;

CREATE OR REPLACE FUNCTION "x""; DROP TABLE public.victim; --"."Func ""F""(); DROP"("Arg ""One""" integer, "select" text DEFAULT 'd''x'::text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT "select" || "Arg ""One""" $function$;

COMMENT ON FUNCTION "x""; DROP TABLE public.victim; --"."Func ""F""(); DROP"("Arg ""One""" integer, "select" text) IS 'function';

ALTER FUNCTION "x""; DROP TABLE public.victim; --"."Func ""F""(); DROP"("Arg ""One""" integer, "select" text) OWNER TO postgres;

CREATE OR REPLACE PROCEDURE "select"."Proc; --"(INOUT "ün" integer)
 LANGUAGE plpgsql
AS $procedure$ BEGIN "ün" := "ün" + 1; END $procedure$;

COMMENT ON PROCEDURE "select"."Proc; --"(INOUT "ün" integer) IS 'procedure';

ALTER PROCEDURE "select"."Proc; --"(INOUT "ün" integer) OWNER TO postgres;

CREATE SEQUENCE "x""; DROP TABLE public.victim; --"."Seq.Name ""1""" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;

COMMENT ON SEQUENCE "x""; DROP TABLE public.victim; --"."Seq.Name ""1""" IS 'sequence';

ALTER SEQUENCE "x""; DROP TABLE public.victim; --"."Seq.Name ""1""" OWNER TO postgres;

CREATE TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" (
    "Long_table_name_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxx" integer NOT NULL,
    "user" integer,
    " leading and trailing spaces " text,
    "UPPER" text
);

ALTER TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" OWNER TO postgres;

CREATE TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" (
    "Id" integer NOT NULL,
    "select" "x""; DROP TABLE public.victim; --"."Mood ""Type""",
    "a.b" "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x",
    "colonne_ünïcödé_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzé" "select"."table",
    r "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀",
    n bigint DEFAULT nextval('"x""; DROP TABLE public.victim; --"."Seq.Name ""1"""'::regclass),
    "Semi;colon" text
);

COMMENT ON COLUMN "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --"."Semi;colon" IS 'column';

ALTER TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" ENABLE ROW LEVEL SECURITY;

COMMENT ON TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'table';

ALTER TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" OWNER TO postgres;

ALTER TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" ADD CONSTRAINT "Contrainte_unique_à_la_limite_de_soixante_trois_octets_uuuu€" UNIQUE ("Long_table_name_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxx");

ALTER TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" ADD CONSTRAINT "Check ""It""" CHECK (("Semi;colon" <> ';DROP TABLE victim;'::text));

COMMENT ON CONSTRAINT "Check ""It""" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'constraint';

ALTER TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" ADD CONSTRAINT "PK ""x""; DROP" PRIMARY KEY ("Id");

ALTER TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" ADD CONSTRAINT "FK → ""x""" FOREIGN KEY ("user") REFERENCES "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --"("Id") ON DELETE CASCADE;

ALTER TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" ADD CONSTRAINT "Unique; DROP TABLE victim" UNIQUE ("Semi;colon");

CREATE INDEX "Long_table_name_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxx" ON "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" USING btree (lower("UPPER"));

CREATE INDEX "Index ""On""; DROP INDEX x; --" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" USING btree ("Semi;colon", "select") WHERE ("Semi;colon" <> 'it''s'::text);

COMMENT ON INDEX "x""; DROP TABLE public.victim; --"."Index ""On""; DROP INDEX x; --" IS 'index';

CREATE VIEW "select"."View ""V""; --" AS
 SELECT "x""; DROP TABLE victim; --"."Id" AS "Out ""Id""",
    "x""; DROP TABLE victim; --"."Semi;colon" AS "from",
    'lit''eral'::text AS "é"
   FROM "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --";

COMMENT ON VIEW "select"."View ""V""; --" IS 'view';

ALTER VIEW "select"."View ""V""; --" OWNER TO postgres;

CREATE MATERIALIZED VIEW "select"."Mat View.2" AS
 SELECT "x""; DROP TABLE victim; --"."Id",
    "x""; DROP TABLE victim; --"."select"
   FROM "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --";

COMMENT ON MATERIALIZED VIEW "select"."Mat View.2" IS 'matview';

ALTER MATERIALIZED VIEW "select"."Mat View.2" OWNER TO postgres;

CREATE INDEX "Mat ""Idx""" ON "select"."Mat View.2" USING btree ("Id");

CREATE TRIGGER "Trigger ""T""; DROP TABLE victim; --" BEFORE INSERT OR UPDATE OF "Semi;colon" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --"
    FOR EACH ROW
    WHEN ((new."Semi;colon" IS DISTINCT FROM 'FROM x WHEN y'::text))
    EXECUTE FUNCTION "select"."Trig Func"('arg''1', 'EXECUTE FUNCTION evil()', 'back\slash');

COMMENT ON TRIGGER "Trigger ""T""; DROP TABLE victim; --" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'trigger';

CREATE POLICY "Policy ""P""; DROP POLICY x; --" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --"
    FOR ALL
    USING ("Semi;colon" = CURRENT_USER)
    WITH CHECK ("Semi;colon" <> 'x'')'::text);

COMMENT ON POLICY "Policy ""P""; DROP POLICY x; --" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'policy';
