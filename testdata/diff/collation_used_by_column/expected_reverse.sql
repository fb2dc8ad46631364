SET check_function_bodies = off;

ALTER TABLE app.word DROP COLUMN alias;

DROP TYPE app.labelled;

DROP DOMAIN app.name_nocase;

ALTER TABLE app.word ALTER COLUMN spelling TYPE text;

DROP COLLATION app.nocase;
