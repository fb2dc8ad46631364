SET check_function_bodies = off;

ALTER TYPE app.pair ADD ATTRIBUTE c integer;

COMMENT ON COLUMN app.pair.c IS 'Third of the pair';

CREATE OR REPLACE FUNCTION app.pairs()
 RETURNS SETOF app.pair
 LANGUAGE sql
 STABLE
AS $function$ SELECT 1, 2, 3 $function$;

CREATE OR REPLACE VIEW app.pair_list AS
 SELECT pairs.a,
    pairs.b,
    pairs.c
   FROM app.pairs() pairs(a, b, c);
