CREATE SCHEMA app;
CREATE FUNCTION app.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)';
CREATE TABLE app.item (
    id int PRIMARY KEY,
    name text,
    label text DEFAULT app.norm('X'),
    "Norm" text GENERATED ALWAYS AS (app.norm(name)) STORED CONSTRAINT norm_short CHECK (length("Norm") < 100)
);
CREATE INDEX item_norm ON app.item ("Norm");
INSERT INTO app.item (id, name, label) VALUES (1, 'Apple', 'a'), (2, 'Pear', DEFAULT);
