SET check_function_bodies = off;

DROP FUNCTION util.area(t text);

DROP FUNCTION util.area(w integer, h integer);

CREATE OR REPLACE FUNCTION util.area(w integer, h integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT w::bigint * h $function$;

ALTER FUNCTION util.area(w integer, h integer) OWNER TO postgres;

CREATE OR REPLACE FUNCTION util.area(w integer, h integer, d integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT w::bigint * h * d $function$;

ALTER FUNCTION util.area(w integer, h integer, d integer) OWNER TO postgres;

CREATE OR REPLACE FUNCTION util.describe(x text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'text ' || x $function$;

ALTER FUNCTION util.describe(x text) OWNER TO postgres;
