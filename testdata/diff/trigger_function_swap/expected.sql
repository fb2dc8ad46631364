SET check_function_bodies = off;

CREATE OR REPLACE FUNCTION app.touch_v2()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.changed_at := clock_timestamp();
    RETURN NEW;
END
$function$;

ALTER FUNCTION app.touch_v2() OWNER TO postgres;

CREATE OR REPLACE TRIGGER doc_touch BEFORE UPDATE ON app.doc
    FOR EACH ROW
    EXECUTE FUNCTION app.touch_v2();

DROP FUNCTION app.touch_v1();
