SET check_function_bodies = off;
SET standard_conforming_strings = on;

CREATE OR REPLACE FUNCTION "Fn ""Schema"""."Atomic ""A"""("p$1" text DEFAULT 'd''$function$'::text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
BEGIN ATOMIC
 SELECT (("p$1" || ' $function$ '' \ '::text) || '\''; DROP TABLE public.victim; --'::text);
END;

ALTER FUNCTION "Fn ""Schema"""."Atomic ""A"""("p$1" text) OWNER TO postgres;

CREATE OR REPLACE FUNCTION "Fn ""Schema"""."Plpg; DROP FUNCTION x; --"("In ""Arg""" integer, OUT "Out Arg" text)
 RETURNS text
 LANGUAGE plpgsql
AS $functionxx$
DECLARE
    "v $function$" text := $function$ $$ it's \ "q" $function$;
BEGIN
    -- $function$; DROP TABLE public.victim; --
    /* $functionx$ */ -- $functionx$ $
    "Out Arg" := "v $function$" || $_$ $$ $_$ || $$ $body2$ $$ || '$';
    IF "In ""Arg""" > 0 THEN
        EXECUTE $x$SELECT 1 /* $function$ */$x$;
    END IF;
END
$functionxx$;

CREATE OR REPLACE FUNCTION "Fn ""Schema"""."ends in dollar"()
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT '$f$' -- the body ends in a dollar: $$function$;

ALTER FUNCTION "Fn ""Schema"""."ends in dollar"() OWNER TO postgres;

CREATE OR REPLACE FUNCTION "Fn ""Schema""".tagged(x text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $functionxx$ SELECT x || '$function$ $$; DROP TABLE public.victim; -- $functionx$ $body$ $_$ $a$ \ '' "' || E'\\' || $$ $function$ $$ $functionxx$;

COMMENT ON FUNCTION "Fn ""Schema""".tagged(x text) IS '$function$ $$ */';

CREATE OR REPLACE FUNCTION "Fn ""Schema"""."trg $function$"()
 RETURNS trigger
 LANGUAGE plpgsql
AS $functionx$
BEGIN
    INSERT INTO "Fn ""Schema""".log VALUES ($function$new row: $$ \ '$function$ || NEW."Entry ""E""");
    RETURN NEW;
END
$functionx$;

CREATE OR REPLACE PROCEDURE "Fn ""Schema"""."Proc ""P"""(IN a text)
 LANGUAGE plpgsql
AS $procedurex$ BEGIN RAISE NOTICE '%', $m$it's $procedure$ \ $function$$m$ || a; END $procedurex$;

CREATE TRIGGER "On ""Log""" BEFORE INSERT ON "Fn ""Schema""".log
    FOR EACH ROW
    WHEN ((new."Entry ""E""" <> '$function$'::text))
    EXECUTE FUNCTION "Fn ""Schema"""."trg $function$"('$$', '$function$', '\''; DROP TABLE public.victim; --');
