CREATE SCHEMA app;
CREATE COLLATION app.sorting (provider = libc, locale = 'POSIX');
CREATE COLLATION app.loose (provider = icu, locale = 'sv-SE');
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
