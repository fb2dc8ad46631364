-- Publications whose names need quoting, publishing tables and columns
-- whose names need quoting, with row filters holding literals that try to
-- end the string: one changes its column list and row filter (SET), one
-- loses a table and gains one and changes what it publishes, one over a
-- schema whose name needs quoting is created, one is dropped.
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

CREATE PUBLICATION "Pub ""P""; DROP PUBLICATION x; --"
    FOR TABLE "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ("Id", "Col ""A""; --", "from")
        WHERE ("Col ""A""; --" IS DISTINCT FROM E'\\''); DROP TABLE public.victim; --' AND "from" > 0),
        "select"."Other; --" ("Id", "Note ""N""") WHERE ("Note ""N""" <> '$$"; --');
COMMENT ON PUBLICATION "Pub ""P""; DROP PUBLICATION x; --" IS 'new''s; DROP PUBLICATION x; --';

CREATE PUBLICATION "select"
    FOR TABLE "select"."Other; --", "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    WITH (publish = 'insert, delete', publish_via_partition_root = true);

CREATE PUBLICATION "Publication_with_a_name_of_exactly_sixty_three_bytes_pppppppé"
    FOR TABLES IN SCHEMA "Pub ""S""; DROP TABLE public.victim; --", "select";
