SET check_function_bodies = off;

DROP INDEX app.item_norm;

ALTER TABLE app.item DROP CONSTRAINT norm_short;

ALTER TABLE app.item DROP COLUMN "Norm";

ALTER TABLE app.item ALTER COLUMN label DROP DEFAULT;

DROP FUNCTION app.norm(s text);

CREATE OR REPLACE FUNCTION app.norm(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT lower(t)$function$;

ALTER FUNCTION app.norm(t text) OWNER TO postgres;

ALTER TABLE app.item ADD COLUMN "Norm" text GENERATED ALWAYS AS (app.norm(name)) STORED;

ALTER TABLE app.item ALTER COLUMN label SET DEFAULT app.norm('X'::text);

ALTER TABLE app.item ADD CONSTRAINT norm_short CHECK ((length("Norm") < 100));

CREATE INDEX item_norm ON app.item USING btree ("Norm");
