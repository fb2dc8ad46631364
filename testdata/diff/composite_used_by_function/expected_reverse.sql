SET check_function_bodies = off;

DROP VIEW app.pair_list;

DROP FUNCTION app.pair_sum(p app.pair);

DROP FUNCTION app.pairs();

ALTER TYPE app.pair DROP ATTRIBUTE c;

CREATE OR REPLACE FUNCTION app.pair_sum(p app.pair)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT p.a + p.b $function$;

ALTER FUNCTION app.pair_sum(p app.pair) OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.pairs()
 RETURNS SETOF app.pair
 LANGUAGE sql
 STABLE
AS $function$ SELECT 1, 2 $function$;

ALTER FUNCTION app.pairs() OWNER TO postgres;

CREATE VIEW app.pair_list AS
 SELECT pairs.a,
    pairs.b
   FROM app.pairs() pairs(a, b);

ALTER VIEW app.pair_list OWNER TO postgres;
