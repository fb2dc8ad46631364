SET check_function_bodies = off;

CREATE TEXT SEARCH DICTIONARY app.english_stem (TEMPLATE = pg_catalog.snowball, language = 'english', stopwords = 'english');

COMMENT ON TEXT SEARCH DICTIONARY app.english_stem IS 'stems English words';

ALTER TEXT SEARCH DICTIONARY app.english_stem OWNER TO postgres;

CREATE TEXT SEARCH DICTIONARY app.plain (TEMPLATE = pg_catalog.simple, accept = 'false');

ALTER TEXT SEARCH DICTIONARY app.plain OWNER TO postgres;

CREATE TEXT SEARCH CONFIGURATION app.docs (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION app.docs ADD MAPPING FOR asciiword, word WITH app.plain, app.english_stem;

ALTER TEXT SEARCH CONFIGURATION app.docs ADD MAPPING FOR numword, host, sfloat, version, hword_numpart, numhword, file, "float", "int", uint WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION app.docs ADD MAPPING FOR hword_part, hword_asciipart, asciihword, hword WITH pg_catalog.english_stem;

COMMENT ON TEXT SEARCH CONFIGURATION app.docs IS 'for documents';

ALTER TEXT SEARCH CONFIGURATION app.docs OWNER TO postgres;

CREATE INDEX doc_fts ON app.doc USING gin (to_tsvector('app.docs'::regconfig, body));

CREATE VIEW app.doc_words AS
 SELECT doc.id,
    to_tsvector('app.docs'::regconfig, doc.body) AS words
   FROM app.doc;

ALTER VIEW app.doc_words OWNER TO postgres;
