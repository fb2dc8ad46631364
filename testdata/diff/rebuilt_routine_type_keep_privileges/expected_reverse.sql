SET check_function_bodies = off;

DROP FUNCTION app.answer();

ALTER TYPE app.mood ADD VALUE 'meh' AFTER 'sad';

COMMENT ON TYPE app.mood IS NULL;

CREATE OR REPLACE FUNCTION app.answer()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 42 $function$;

ALTER FUNCTION app.answer() OWNER TO postgres;
