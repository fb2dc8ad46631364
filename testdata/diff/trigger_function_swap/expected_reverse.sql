SET check_function_bodies = off;

CREATE OR REPLACE FUNCTION app.touch_v1()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END
$function$;

ALTER FUNCTION app.touch_v1() OWNER TO postgres;

CREATE OR REPLACE TRIGGER doc_touch BEFORE UPDATE ON app.doc
    FOR EACH ROW
    EXECUTE FUNCTION app.touch_v1();

DROP FUNCTION app.touch_v2();
