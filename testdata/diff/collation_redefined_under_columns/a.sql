-- A collation redefined (other locale, deterministic) under the same name
-- while columns, a unique constraint, an index with an explicit COLLATE, a
-- domain and a composite type (stored in an array column) use it: the old
-- one is renamed aside, the new one created, the domain and composite type
-- rebuilt on it, the columns switched to it, the index re-created, the old
-- one dropped. Another collation, used only by an expression index, is
-- dropped and created again around the index.
CREATE SCHEMA app;
CREATE COLLATION app.sorting (provider = libc, locale = 'C');
CREATE COLLATION app.loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN app.name_loose AS text COLLATE app.loose;
CREATE TYPE app.labelled AS (label text COLLATE app.loose, n integer);
CREATE TABLE app.word (
    id integer PRIMARY KEY,
    spelling text COLLATE app.loose NOT NULL UNIQUE,
    note varchar(20),
    alias app.name_loose,
    labels app.labelled[]
);
CREATE INDEX word_note_loose ON app.word (note COLLATE app.loose);
CREATE INDEX word_spelling_sorted ON app.word ((lower(spelling) COLLATE app.sorting));
INSERT INTO app.word VALUES (1, 'Apple', 'x', 'a', '{"(Ab,1)"}'), (2, 'pear', NULL, NULL, NULL);
