SET check_function_bodies = off;

DROP INDEX app.word_note_loose;

ALTER COLLATION app.loose RENAME TO loose__pgstrata_old;

CREATE COLLATION app.loose (provider = icu, locale = 'sv-SE');

ALTER COLLATION app.loose OWNER TO postgres;

ALTER DOMAIN app.name_loose RENAME TO name_loose__pgstrata_old;

CREATE DOMAIN app.name_loose AS text COLLATE app.loose;

ALTER DOMAIN app.name_loose OWNER TO postgres;

ALTER TABLE app.word ALTER COLUMN alias TYPE app.name_loose USING alias::app.name_loose;

DROP DOMAIN app.name_loose__pgstrata_old;

ALTER TABLE app.word ALTER COLUMN spelling TYPE text COLLATE app.loose;

DROP COLLATION app.loose__pgstrata_old;

CREATE INDEX word_note_loose ON app.word USING btree (note COLLATE app.loose);
