SET check_function_bodies = off;

DROP VIEW app.red_items;

DROP INDEX app.item_red;

ALTER TABLE app.item DROP CONSTRAINT item_not_black;

CREATE TYPE app.status AS ENUM ('draft', 'published');

ALTER TYPE app.status OWNER TO postgres;

ALTER TABLE app.item ALTER COLUMN color DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN color TYPE app.color USING color::text::app.color;

ALTER TABLE app.item ALTER COLUMN color SET DEFAULT 'red'::app.color;

ALTER TABLE app.item ALTER COLUMN colors TYPE app.color[] USING colors::text[]::app.color[];

ALTER TABLE app.item ALTER COLUMN history DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN history TYPE app.status[] USING history::text[]::app.status[];

ALTER TABLE app.item ALTER COLUMN history SET DEFAULT '{}'::app.status[];

ALTER TABLE app.item ALTER COLUMN status DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN status TYPE app.status USING status::text::app.status;

ALTER TABLE app.item ALTER COLUMN status SET DEFAULT 'draft'::app.status;

DROP TYPE archive.status;

ALTER TABLE app.item ADD CONSTRAINT item_not_black CHECK (((((color)::text <> 'black'::text) AND (status <> 'published'::app.status)) OR (id > 0)));

CREATE INDEX item_red ON app.item USING btree (id) WHERE (color = 'red'::app.color);

CREATE VIEW app.red_items AS
 SELECT item.id,
    item.color,
    item.status
   FROM app.item
  WHERE (item.color = 'red'::app.color);

ALTER VIEW app.red_items OWNER TO postgres;
