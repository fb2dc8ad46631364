SET check_function_bodies = off;

DROP VIEW app.big_items;

ALTER DOMAIN app.positive RENAME TO positive__pgstrata_old;

CREATE DOMAIN app.positive AS integer
    CONSTRAINT positive_check CHECK ((VALUE > 0));

ALTER DOMAIN app.positive OWNER TO postgres;

ALTER DOMAIN app.small_positive RENAME TO small_positive__pgstrata_old;

CREATE DOMAIN app.small_positive AS app.positive
    CONSTRAINT small_positive_check CHECK (((VALUE)::integer < 1000));

ALTER DOMAIN app.small_positive OWNER TO postgres;

ALTER TABLE app.item ALTER COLUMN size TYPE app.small_positive USING size::app.small_positive;

ALTER TABLE app.item ALTER COLUMN sizes TYPE app.small_positive[] USING sizes::app.small_positive[];

DROP DOMAIN app.small_positive__pgstrata_old;

ALTER TABLE app.item ALTER COLUMN weight DROP DEFAULT;

ALTER TABLE app.item ALTER COLUMN weight TYPE app.positive USING weight::app.positive;

ALTER TABLE app.item ALTER COLUMN weight SET DEFAULT 1;

DROP DOMAIN app.positive__pgstrata_old;

CREATE VIEW app.big_items AS
 SELECT item.id,
    item.size
   FROM app.item
  WHERE ((item.size)::integer > 10);

ALTER VIEW app.big_items OWNER TO postgres;
