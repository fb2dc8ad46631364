SET check_function_bodies = off;

DROP VIEW app.doc_words;

DROP INDEX app.doc_fts;

DROP INDEX app.doc_tsv;

ALTER TABLE app.doc DROP COLUMN tsv;

DROP TEXT SEARCH CONFIGURATION app.cfg;

CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword, word WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.cfg OWNER TO postgres;

ALTER TABLE app.doc ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('app.cfg'::regconfig, COALESCE(body, ''::text))) STORED;

CREATE INDEX doc_fts ON app.doc USING gin (to_tsvector('app.cfg'::regconfig, body));

CREATE INDEX doc_tsv ON app.doc USING gin (tsv);

CREATE VIEW app.doc_words AS
 SELECT doc.id,
    to_tsvector('app.cfg'::regconfig, doc.body) AS words
   FROM app.doc;

ALTER VIEW app.doc_words OWNER TO postgres;
