SET check_function_bodies = off;

DROP INDEX app.doc_fts;

DROP TEXT SEARCH CONFIGURATION app.cfg;

DROP TEXT SEARCH DICTIONARY app.swap;

CREATE TEXT SEARCH DICTIONARY app.swap (TEMPLATE = pg_catalog.simple);

ALTER TEXT SEARCH DICTIONARY app.swap OWNER TO postgres;

CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword WITH app.swap;

ALTER TEXT SEARCH CONFIGURATION app.cfg OWNER TO postgres;

ALTER TEXT SEARCH DICTIONARY app.words (accept = 'true', stopwords = 'english');

COMMENT ON TEXT SEARCH DICTIONARY app.words IS 'old';

CREATE INDEX doc_fts ON app.doc USING gin (to_tsvector('app.cfg'::regconfig, body));

REINDEX INDEX app.doc_fts2;
