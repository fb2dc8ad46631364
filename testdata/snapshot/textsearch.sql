-- Text search dictionaries and configurations, and what depends on them.
CREATE SCHEMA ts;
CREATE TEXT SEARCH DICTIONARY ts.english_stem_nostop (TEMPLATE = pg_catalog.snowball, language = 'english');
CREATE TEXT SEARCH DICTIONARY ts."Odd, Dict" (TEMPLATE = simple, stopwords = 'english', accept = false);
COMMENT ON TEXT SEARCH DICTIONARY ts."Odd, Dict" IS 'a dictionary';
CREATE TEXT SEARCH CONFIGURATION ts.docs (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION ts.docs ALTER MAPPING FOR asciiword, word WITH ts."Odd, Dict", ts.english_stem_nostop;
ALTER TEXT SEARCH CONFIGURATION ts.docs DROP MAPPING FOR email, url;
COMMENT ON TEXT SEARCH CONFIGURATION ts.docs IS 'documents';
CREATE TEXT SEARCH CONFIGURATION ts.empty (PARSER = pg_catalog."default");
CREATE TABLE ts.doc (
    id int PRIMARY KEY,
    body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('ts.docs', coalesce(body, ''))) STORED
);
CREATE INDEX doc_body_fts ON ts.doc USING gin (to_tsvector('ts.docs'::regconfig, body));
