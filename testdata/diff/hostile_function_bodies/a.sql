CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Fn ""Schema""";

-- Changed in b.sql (CREATE OR REPLACE): the new bodies hold the tags the
-- old ones did not.
CREATE FUNCTION "Fn ""Schema""".tagged(x text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT x $$;

CREATE FUNCTION "Fn ""Schema"""."Plpg; DROP FUNCTION x; --"("In ""Arg""" integer, OUT "Out Arg" text)
    LANGUAGE plpgsql
    AS $body$
BEGIN
    "Out Arg" := 'plain';
END
$body$;

CREATE PROCEDURE "Fn ""Schema"""."Proc ""P"""(a text)
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'old'; END $$;

CREATE TABLE "Fn ""Schema""".log ("Entry ""E""" text);

CREATE FUNCTION "Fn ""Schema"""."trg $function$"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;
