-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Pub ""S""; DROP TABLE public.victim; --";
CREATE SCHEMA "select";

CREATE TABLE "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" (
    "Id" integer PRIMARY KEY,
    "Col ""A""; --" text,
    "select" text,
    "from" integer
);
CREATE TABLE "select"."Other; --" ("Id" integer PRIMARY KEY, "Note ""N""" text);
CREATE TABLE "select"."Dropped ""D""" ("Id" integer PRIMARY KEY);

-- Its column list and row filter change (ALTER PUBLICATION … SET).
CREATE PUBLICATION "Pub ""P""; DROP PUBLICATION x; --"
    FOR TABLE "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ("Id", "select")
        WHERE ("select" <> 'it''s'),
        "select"."Other; --";
COMMENT ON PUBLICATION "Pub ""P""; DROP PUBLICATION x; --" IS 'old';

-- Loses a table and gains one (ALTER PUBLICATION … DROP / ADD).
CREATE PUBLICATION "select"
    FOR TABLE "select"."Other; --", "select"."Dropped ""D""" WITH (publish = 'insert');

-- Dropped in b.sql.
CREATE PUBLICATION "Gone ""G""" FOR TABLES IN SCHEMA "select";
