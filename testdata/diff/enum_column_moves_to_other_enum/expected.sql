SET check_function_bodies = off;

DROP VIEW app.red_items;

DROP INDEX app.item_red;

ALTER TABLE app.item DROP CONSTRAINT item_not_black;

CREATE TYPE archive.status AS ENUM ('draft', 'published');

ALTER TYPE archive.status OWNER TO postgres;

ALTER TABLE app.item ALTER COLUMN color DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN color TYPE app.shade USING color::text::app.shade;

ALTER TABLE app.item ALTER COLUMN color SET DEFAULT 'red'::app.shade;

ALTER TABLE app.item ALTER COLUMN colors TYPE app.shade[] USING colors::text[]::app.shade[];

ALTER TABLE app.item ALTER COLUMN history DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN history TYPE archive.status[] USING history::text[]::archive.status[];

ALTER TABLE app.item ALTER COLUMN history SET DEFAULT '{}'::archive.status[];

ALTER TABLE app.item ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN status TYPE archive.status USING status::text::archive.status;

ALTER TABLE app.item ALTER COLUMN status SET DEFAULT 'draft'::archive.status;

DROP TYPE app.status;

ALTER TABLE app.item ADD CONSTRAINT item_not_black CHECK (((((color)::text <> 'black'::text) AND (status <> 'published'::archive.status)) OR (id > 0)));

CREATE INDEX item_red ON app.item USING btree (id) WHERE (color = 'red'::app.shade);

CREATE VIEW app.red_items AS
 SELECT item.id,
    item.color,
    item.status
   FROM app.item
  WHERE (item.color = 'red'::app.shade);

ALTER VIEW app.red_items OWNER TO postgres;
