SET check_function_bodies = off;

DROP TRIGGER "On ""Log""" ON "Fn ""Schema""".log;

DROP FUNCTION "Fn ""Schema"""."Atomic ""A"""("p$1" text);

DROP FUNCTION "Fn ""Schema"""."ends in dollar"();

CREATE OR REPLACE FUNCTION "Fn ""Schema"""."Plpg; DROP FUNCTION x; --"("In ""Arg""" integer, OUT "Out Arg" text)
 RETURNS text
 LANGUAGE plpgsql
AS $function$
BEGIN
    "Out Arg" := 'plain';
END
$function$;

CREATE OR REPLACE FUNCTION "Fn ""Schema""".tagged(x text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT x $function$;

COMMENT ON FUNCTION "Fn ""Schema""".tagged(x text) IS NULL;

CREATE OR REPLACE FUNCTION "Fn ""Schema"""."trg $function$"()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NEW; END $function$;

CREATE OR REPLACE PROCEDURE "Fn ""Schema"""."Proc ""P"""(IN a text)
 LANGUAGE plpgsql
AS $procedure$ BEGIN RAISE NOTICE 'old'; END $procedure$;
