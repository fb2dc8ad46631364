-- A domain's base type widened while columns (one with a default, one an
-- array) and a view use it. ALTER DOMAIN cannot change the base type, so
-- the domain is renamed aside, created anew, the columns converted and the
-- old domain dropped; the view is re-created around the conversion. An
-- unused domain whose collation changes is simply dropped and created.
CREATE SCHEMA app;

CREATE DOMAIN app.short_text AS varchar(50)
    CONSTRAINT short_text_not_blank CHECK (VALUE <> '');

CREATE DOMAIN app.label AS text COLLATE "C";

CREATE TABLE app.note (
    id integer PRIMARY KEY,
    title app.short_text NOT NULL DEFAULT 'untitled',
    keywords app.short_text[]
);

CREATE VIEW app.note_title AS
    SELECT id, title FROM app.note;

INSERT INTO app.note VALUES (1, 'groceries', '{food,weekly}');
