SET check_function_bodies = off;

DROP VIEW app.v;

ALTER TABLE app.t DROP COLUMN old;

ALTER TABLE app.t ALTER COLUMN id TYPE bigint;

ALTER TABLE app.t ALTER COLUMN note SET DEFAULT 'b'::text;

CREATE VIEW app.v AS
 SELECT t.id
   FROM app.t
  WHERE t.id > 0;

CREATE OR REPLACE FUNCTION app.f()
 RETURNS integer
 LANGUAGE sql
AS $function$
SELECT 2 -- two
  + 0
$function$;
