CREATE SCHEMA app;
CREATE SCHEMA archive;
CREATE TYPE app.color AS ENUM ('red', 'green', 'blue');
CREATE TYPE app.shade AS ENUM ('blue', 'green', 'red', 'black');
CREATE TYPE archive.status AS ENUM ('draft', 'published');
CREATE TABLE app.item (
    id integer PRIMARY KEY,
    color app.shade NOT NULL DEFAULT 'red',
    colors app.shade[],
    status archive.status NOT NULL DEFAULT 'draft',
    history archive.status[] NOT NULL DEFAULT '{}'
);
CREATE INDEX item_red ON app.item (id) WHERE color = 'red';
ALTER TABLE app.item ADD CONSTRAINT item_not_black CHECK (color::text <> 'black' AND status <> 'published' OR id > 0);
CREATE VIEW app.red_items AS SELECT id, color, status FROM app.item WHERE color = 'red';
INSERT INTO app.item VALUES (1, 'red', '{red,blue}', 'draft', '{draft}'), (2, 'green', NULL, 'published', '{draft,published}');
