SET check_function_bodies = off;

CREATE OR REPLACE FUNCTION app.with_tax(p numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT p * 1.2 $function$;
