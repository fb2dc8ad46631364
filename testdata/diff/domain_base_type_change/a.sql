CREATE SCHEMA app;

CREATE DOMAIN app.short_text AS varchar(20)
    CONSTRAINT short_text_not_blank CHECK (VALUE <> '');

CREATE DOMAIN app.label AS text;

CREATE TABLE app.note (
    id integer PRIMARY KEY,
    title app.short_text NOT NULL DEFAULT 'untitled',
    keywords app.short_text[]
);

CREATE VIEW app.note_title AS
    SELECT id, title FROM app.note;

INSERT INTO app.note VALUES (1, 'groceries', '{food,weekly}');
