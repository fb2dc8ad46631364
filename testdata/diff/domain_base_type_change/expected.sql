SET check_function_bodies = off;

DROP VIEW app.note_title;

DROP DOMAIN app.label;

CREATE DOMAIN app.label AS text COLLATE pg_catalog."C";

ALTER DOMAIN app.label OWNER TO postgres;

ALTER DOMAIN app.short_text RENAME TO short_text__pgstrata_old;

CREATE DOMAIN app.short_text AS character varying(50)
    CONSTRAINT short_text_not_blank CHECK (((VALUE)::text <> ''::text));

ALTER DOMAIN app.short_text OWNER TO postgres;

ALTER TABLE app.note ALTER COLUMN keywords TYPE app.short_text[] USING keywords::app.short_text[];

ALTER TABLE app.note ALTER COLUMN title DROP DEFAULT;

ALTER TABLE app.note ALTER COLUMN title TYPE app.short_text USING title::app.short_text;

ALTER TABLE app.note ALTER COLUMN title SET DEFAULT 'untitled'::character varying;

DROP DOMAIN app.short_text__pgstrata_old;

CREATE VIEW app.note_title AS
 SELECT note.id,
    note.title
   FROM app.note;

ALTER VIEW app.note_title OWNER TO postgres;
