CREATE SCHEMA app;
CREATE TEXT SEARCH DICTIONARY app.words (TEMPLATE = simple, accept = false, stopwords = 'russian');
COMMENT ON TEXT SEARCH DICTIONARY app.words IS 'new, it''s';
CREATE TEXT SEARCH DICTIONARY app.swap (TEMPLATE = snowball, language = 'english');
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword WITH app.swap;
CREATE TABLE app.doc (id int PRIMARY KEY, body text);
CREATE INDEX doc_fts ON app.doc USING gin (to_tsvector('app.cfg'::regconfig, body));
INSERT INTO app.doc VALUES (1, 'running dogs');
