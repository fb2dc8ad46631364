-- A collation redefined (other locale, deterministic) under the same name
-- while columns, a unique constraint, an index with an explicit COLLATE and
-- a domain use it: the old one is renamed aside, the new one created, the
-- columns switched to it, the index re-created, the old one dropped.
CREATE SCHEMA app;
CREATE COLLATION app.loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN app.name_loose AS text COLLATE app.loose;
CREATE TABLE app.word (
    id integer PRIMARY KEY,
    spelling text COLLATE app.loose NOT NULL UNIQUE,
    note varchar(20),
    alias app.name_loose
);
CREATE INDEX word_note_loose ON app.word (note COLLATE app.loose);
INSERT INTO app.word VALUES (1, 'Apple', 'x', 'a'), (2, 'pear', NULL, NULL);
