SET check_function_bodies = off;

CREATE COLLATION app.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

ALTER COLLATION app.nocase OWNER TO postgres;

CREATE DOMAIN app.name_nocase AS text COLLATE app.nocase;

ALTER DOMAIN app.name_nocase OWNER TO postgres;

CREATE TYPE app.labelled AS (
    label text COLLATE app.nocase
);

ALTER TYPE app.labelled OWNER TO postgres;

ALTER TABLE app.word ADD COLUMN alias app.name_nocase;

ALTER TABLE app.word ALTER COLUMN spelling TYPE text COLLATE app.nocase;
