SET check_function_bodies = off;

DROP INDEX app.word_note_loose;

DROP INDEX app.word_spelling_sorted;

DROP COLLATION app.sorting;

ALTER COLLATION app.loose RENAME TO loose__pgstrata_old;

CREATE COLLATION app.loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

ALTER COLLATION app.loose OWNER TO postgres;

CREATE COLLATION app.sorting (provider = libc, locale = 'C');

ALTER COLLATION app.sorting OWNER TO postgres;

ALTER DOMAIN app.name_loose RENAME TO name_loose__pgstrata_old;

CREATE DOMAIN app.name_loose AS text COLLATE app.loose;

ALTER DOMAIN app.name_loose OWNER TO postgres;

ALTER TYPE app.labelled RENAME TO labelled__pgstrata_old;

CREATE TYPE app.labelled AS (
    label text COLLATE app.loose,
    n integer
);

ALTER TYPE app.labelled OWNER TO postgres;

ALTER TABLE app.word ALTER COLUMN alias TYPE app.name_loose USING alias::app.name_loose;

DROP DOMAIN app.name_loose__pgstrata_old;

ALTER TABLE app.word ALTER COLUMN labels TYPE app.labelled[] USING labels::text[]::app.labelled[];

DROP TYPE app.labelled__pgstrata_old;

ALTER TABLE app.word ALTER COLUMN spelling TYPE text COLLATE app.loose;

DROP COLLATION app.loose__pgstrata_old;

CREATE INDEX word_note_loose ON app.word USING btree (note COLLATE app.loose);

CREATE INDEX word_spelling_sorted ON app.word USING btree (lower(spelling) COLLATE app.sorting);
