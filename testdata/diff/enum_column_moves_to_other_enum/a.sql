-- Columns moving from one enum to another (no cast joins two enums: the
-- values go through text), and an enum moved to another schema (dropped in
-- one, created in the other) under a column with a default and an array
-- column. A partial index and a CHECK compare the columns with constants
-- of the old types: they are re-created after the conversion, and so is a view on the
-- columns.
CREATE SCHEMA app;
CREATE SCHEMA archive;
CREATE TYPE app.color AS ENUM ('red', 'green', 'blue');
CREATE TYPE app.shade AS ENUM ('blue', 'green', 'red', 'black');
CREATE TYPE app.status AS ENUM ('draft', 'published');
CREATE TABLE app.item (
    id integer PRIMARY KEY,
    color app.color NOT NULL DEFAULT 'red',
    colors app.color[],
    status app.status NOT NULL DEFAULT 'draft',
    history app.status[] NOT NULL DEFAULT '{}'
);
CREATE INDEX item_red ON app.item (id) WHERE color = 'red';
ALTER TABLE app.item ADD CONSTRAINT item_not_black CHECK (color::text <> 'black' AND status <> 'published' OR id > 0);
CREATE VIEW app.red_items AS SELECT id, color, status FROM app.item WHERE color = 'red';
INSERT INTO app.item VALUES (1, 'red', '{red,blue}', 'draft', '{draft}'), (2, 'green', NULL, 'published', '{draft,published}');
