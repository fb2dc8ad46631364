SET check_function_bodies = off;

ALTER TABLE app.item DROP COLUMN size;

ALTER TABLE app.item DROP COLUMN tags;

DROP DOMAIN app.small_positive;

DROP DOMAIN app.tag;
