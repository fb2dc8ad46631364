SET check_function_bodies = off;

DROP FUNCTION util.area(w integer, h integer);

DROP FUNCTION util.area(w integer, h integer, d integer);

DROP FUNCTION util.describe(x text);

CREATE OR REPLACE FUNCTION util.area(t text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT length(t) $function$;

ALTER FUNCTION util.area(t text) OWNER TO postgres;

CREATE OR REPLACE FUNCTION util.area(w integer, h integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT w * h $function$;

ALTER FUNCTION util.area(w integer, h integer) OWNER TO postgres;
