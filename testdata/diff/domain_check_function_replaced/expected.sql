SET check_function_bodies = off;

ALTER DOMAIN app.sku DROP CONSTRAINT sku_valid;

ALTER DOMAIN app.sku DROP DEFAULT;

DROP FUNCTION app.default_sku();

DROP FUNCTION app.is_valid_sku(v text);

CREATE OR REPLACE FUNCTION app.default_sku()
 RETURNS character varying
 LANGUAGE sql
 STABLE
AS $function$ SELECT 'AAA-0' $function$;

ALTER FUNCTION app.default_sku() OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.is_valid_sku(v text DEFAULT NULL::text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT v ~ '^[A-Z]{3}-[0-9]+$' $function$;

ALTER FUNCTION app.is_valid_sku(v text) OWNER TO postgres;

ALTER DOMAIN app.sku SET DEFAULT app.default_sku();

ALTER DOMAIN app.sku ADD CONSTRAINT sku_valid CHECK (app.is_valid_sku(VALUE));
