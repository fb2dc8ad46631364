-- Dictionary options change in place (accept and stopwords changed)
-- and a comment changes; a dictionary whose template changes is
-- re-created, and with it the configuration that uses it and the index on
-- that configuration. The index on a configuration using the dictionary
-- whose options change is rebuilt (REINDEX) after the change.
CREATE SCHEMA app;
CREATE TEXT SEARCH DICTIONARY app.words (TEMPLATE = simple, stopwords = 'english', accept = true);
COMMENT ON TEXT SEARCH DICTIONARY app.words IS 'old';
CREATE TEXT SEARCH DICTIONARY app.swap (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword WITH app.swap;
CREATE TEXT SEARCH CONFIGURATION app.cfg2 (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION app.cfg2 ADD MAPPING FOR asciiword WITH app.words;
CREATE TABLE app.doc (id int PRIMARY KEY, body text);
CREATE INDEX doc_fts ON app.doc USING gin (to_tsvector('app.cfg'::regconfig, body));
CREATE INDEX doc_fts2 ON app.doc USING gin (to_tsvector('app.cfg2'::regconfig, body));
INSERT INTO app.doc VALUES (1, 'running dogs');
