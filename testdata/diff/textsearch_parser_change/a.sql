-- A configuration's parser changes, which only re-creating it can do: the
-- expression index, the view and the stored generated column that name the
-- configuration are re-created around it (the generated column recomputed,
-- so the rows survive). The second parser (a copy of the default one) is an
-- object pgstrata does not model, created on both sides.
CREATE SCHEMA app;
CREATE TEXT SEARCH PARSER app.prs (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword, word WITH simple;
CREATE TABLE app.doc (
    id int PRIMARY KEY,
    body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('app.cfg'::regconfig, coalesce(body, ''))) STORED
);
CREATE INDEX doc_fts ON app.doc USING gin (to_tsvector('app.cfg'::regconfig, body));
CREATE INDEX doc_tsv ON app.doc USING gin (tsv);
CREATE VIEW app.doc_words AS SELECT id, to_tsvector('app.cfg', body) AS words FROM app.doc;
INSERT INTO app.doc (id, body) VALUES (1, 'hello world'), (2, NULL);
