-- Every kind of object with a name that needs quoting: embedded quotes,
-- spaces, dots, semicolons, upper case, reserved words, non-ASCII, names
-- that try to inject SQL, and names of exactly 63 bytes (NAMEDATALEN - 1),
-- some ending in a multibyte character at the limit. Created from nothing
-- (a.sql has only the victim) and dropped again in the reverse direction.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "x""; DROP TABLE public.victim; --";
CREATE SCHEMA "Schéma. With Dots; And Spaces";
CREATE SCHEMA "select";

-- Types.
CREATE TYPE "x""; DROP TABLE public.victim; --"."Mood ""Type""" AS ENUM (
    'happy', 'it''s fine', 'say "cheese"', 'back\slash', '$$', ''');DROP TABLE public.victim;--', 'ünï cödé');
CREATE TYPE "select"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß" AS ENUM ('a');
CREATE DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x" AS integer
    CONSTRAINT "Positive ""check""; --" CHECK (VALUE > 0);
CREATE TYPE "select"."table" AS (
    "Attr ""One""" integer,
    "from" text,
    "naïve; --" boolean
);
CREATE TYPE "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀" AS RANGE (SUBTYPE = integer);
CREATE TYPE "select"."Float Range" AS RANGE (SUBTYPE = float8, MULTIRANGE_TYPE_NAME = "select"."Multi ""Float"" Range");

-- Tables, columns, constraints, indexes, sequences.
CREATE SEQUENCE "x""; DROP TABLE public.victim; --"."Seq.Name ""1""";

CREATE TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" (
    "Id" integer CONSTRAINT "PK ""x""; DROP" PRIMARY KEY,
    "select" "x""; DROP TABLE public.victim; --"."Mood ""Type""",
    "a.b" "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x",
    "colonne_ünïcödé_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzé" "select"."table",
    "r" "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀",
    "n" bigint DEFAULT nextval('"x""; DROP TABLE public.victim; --"."Seq.Name ""1"""'),
    "Semi;colon" text CONSTRAINT "Unique; DROP TABLE victim" UNIQUE,
    CONSTRAINT "Check ""It""" CHECK ("Semi;colon" <> ';DROP TABLE victim;')
);

CREATE TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" (
    "Long_table_name_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxx" integer NOT NULL,
    "user" integer CONSTRAINT "FK → ""x""" REFERENCES "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" ("Id")
        ON DELETE CASCADE,
    " leading and trailing spaces " text,
    "UPPER" text
);
ALTER TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€"
    ADD CONSTRAINT "Contrainte_unique_à_la_limite_de_soixante_trois_octets_uuuu€"
    UNIQUE ("Long_table_name_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxx");

CREATE INDEX "Index ""On""; DROP INDEX x; --"
    ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" ("Semi;colon", "select")
    WHERE "Semi;colon" <> 'it''s';
CREATE INDEX "Long_table_name_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxxxxx"
    ON "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" (lower("UPPER"));

-- Views.
CREATE VIEW "select"."View ""V""; --" AS
    SELECT "Id" AS "Out ""Id""", "Semi;colon" AS "from", 'lit''eral' AS "é"
    FROM "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --";
CREATE MATERIALIZED VIEW "select"."Mat View.2" AS
    SELECT "Id", "select" FROM "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --";
CREATE INDEX "Mat ""Idx""" ON "select"."Mat View.2" ("Id");

-- Functions, procedures, triggers.
CREATE FUNCTION "x""; DROP TABLE public.victim; --"."Func ""F""(); DROP"(
    "Arg ""One""" integer, "select" text DEFAULT 'd''x')
    RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT "select" || "Arg ""One""" $$;
CREATE PROCEDURE "select"."Proc; --"(INOUT "ün" integer)
    LANGUAGE plpgsql AS $$ BEGIN "ün" := "ün" + 1; END $$;
CREATE FUNCTION "select"."Trig Func"() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Trigger ""T""; DROP TABLE victim; --"
    BEFORE INSERT OR UPDATE OF "Semi;colon" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --"
    FOR EACH ROW WHEN (NEW."Semi;colon" IS DISTINCT FROM 'FROM x WHEN y')
    EXECUTE FUNCTION "select"."Trig Func"('arg''1', 'EXECUTE FUNCTION evil()', 'back\slash');

-- Policies.
ALTER TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Policy ""P""; DROP POLICY x; --"
    ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --"
    USING ("Semi;colon" = current_user) WITH CHECK ("Semi;colon" <> 'x'')');

-- Comments on names that need quoting.
COMMENT ON SCHEMA "x""; DROP TABLE public.victim; --" IS 'schema';
COMMENT ON TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'table';
COMMENT ON COLUMN "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --"."Semi;colon" IS 'column';
COMMENT ON CONSTRAINT "Check ""It""" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'constraint';
COMMENT ON INDEX "x""; DROP TABLE public.victim; --"."Index ""On""; DROP INDEX x; --" IS 'index';
COMMENT ON TYPE "x""; DROP TABLE public.victim; --"."Mood ""Type""" IS 'enum';
COMMENT ON DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x" IS 'domain';
COMMENT ON CONSTRAINT "Positive ""check""; --" ON DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x" IS 'domain check';
COMMENT ON COLUMN "select"."table"."naïve; --" IS 'attribute';
COMMENT ON SEQUENCE "x""; DROP TABLE public.victim; --"."Seq.Name ""1""" IS 'sequence';
COMMENT ON VIEW "select"."View ""V""; --" IS 'view';
COMMENT ON MATERIALIZED VIEW "select"."Mat View.2" IS 'matview';
COMMENT ON FUNCTION "x""; DROP TABLE public.victim; --"."Func ""F""(); DROP"(integer, text) IS 'function';
COMMENT ON PROCEDURE "select"."Proc; --"(integer) IS 'procedure';
COMMENT ON TRIGGER "Trigger ""T""; DROP TABLE victim; --" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'trigger';
COMMENT ON POLICY "Policy ""P""; DROP POLICY x; --" ON "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --" IS 'policy';
