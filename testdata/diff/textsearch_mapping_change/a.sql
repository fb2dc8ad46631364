-- Mappings of a configuration change in place: some token types gain a
-- mapping (ADD), some map to other dictionaries (ALTER), some lose theirs
-- (DROP); the dictionary order of a token type matters. The index on the
-- configuration is rebuilt (REINDEX) after the change: PostgreSQL does not.
CREATE SCHEMA app;
CREATE TEXT SEARCH DICTIONARY app.stem (TEMPLATE = snowball, language = 'english');
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword, word WITH simple, app.stem;
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR int, uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR email, url WITH simple;
CREATE TABLE app.doc (id int PRIMARY KEY, body text);
CREATE INDEX doc_fts ON app.doc USING gin (to_tsvector('app.cfg'::regconfig, body));
INSERT INTO app.doc VALUES (1, 'hello world 42'), (2, 'mail me at a@example.com');
