-- Function and procedure bodies that hold every dollar-quote tag
-- pg_get_functiondef could pick ($function$, $functionx$), other tags
-- ($$, $body$, $_$, $a$), a lone $ at the very end, quotes, backslashes,
-- and text that would end the body and run SQL if the tag were wrong.
-- SQL, plpgsql and SQL-standard (BEGIN ATOMIC) bodies; hostile function,
-- argument and schema names.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Fn ""Schema""";

CREATE FUNCTION "Fn ""Schema""".tagged(x text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $q$ SELECT x || '$function$ $$; DROP TABLE public.victim; -- $functionx$ $body$ $_$ $a$ \ '' "' || E'\\' || $$ $function$ $$ $q$;

CREATE FUNCTION "Fn ""Schema"""."Plpg; DROP FUNCTION x; --"("In ""Arg""" integer, OUT "Out Arg" text)
    LANGUAGE plpgsql
    AS $body$
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
$body$;

CREATE FUNCTION "Fn ""Schema"""."ends in dollar"() RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $g$ SELECT '$f$' -- the body ends in a dollar: $$g$;

CREATE FUNCTION "Fn ""Schema"""."Atomic ""A"""("p$1" text DEFAULT $t$d'$function$$t$) RETURNS text
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
        SELECT "p$1" || $$ $function$ ' \ $$ || E'\\''; DROP TABLE public.victim; --';
    END;

CREATE PROCEDURE "Fn ""Schema"""."Proc ""P"""(a text)
    LANGUAGE plpgsql
    AS $proc$ BEGIN RAISE NOTICE '%', $m$it's $procedure$ \ $function$$m$ || a; END $proc$;

CREATE TABLE "Fn ""Schema""".log ("Entry ""E""" text);

CREATE FUNCTION "Fn ""Schema"""."trg $function$"() RETURNS trigger
    LANGUAGE plpgsql
    AS $tb$
BEGIN
    INSERT INTO "Fn ""Schema""".log VALUES ($function$new row: $$ \ '$function$ || NEW."Entry ""E""");
    RETURN NEW;
END
$tb$;

CREATE TRIGGER "On ""Log""" BEFORE INSERT ON "Fn ""Schema""".log
    FOR EACH ROW WHEN (NEW."Entry ""E""" <> '$function$')
    EXECUTE FUNCTION "Fn ""Schema"""."trg $function$"('$$', '$function$', E'\\''; DROP TABLE public.victim; --');

COMMENT ON FUNCTION "Fn ""Schema""".tagged(text) IS '$function$ $$ */';
