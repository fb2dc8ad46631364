SET check_function_bodies = off;

DROP VIEW app.price_list;

DROP FUNCTION app.gross(net numeric, rate numeric);

CREATE OR REPLACE FUNCTION app.gross(net numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT net * 1.2 $function$;

ALTER FUNCTION app.gross(net numeric) OWNER TO postgres;

CREATE VIEW app.price_list AS
 SELECT price.id,
    app.gross(price.net) AS gross
   FROM app.price;

ALTER VIEW app.price_list OWNER TO postgres;
