-- A function that must be dropped and created again (its parameter is
-- renamed) is used by a column default, a stored generated column and, on
-- that column, an index and a check constraint: the default is dropped and
-- set again, the generated column dropped and added again (recomputed),
-- with its index and constraint.
CREATE SCHEMA app;
CREATE FUNCTION app.norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(s)';
CREATE TABLE app.item (
    id int PRIMARY KEY,
    name text,
    label text DEFAULT app.norm('X'),
    "Norm" text GENERATED ALWAYS AS (app.norm(name)) STORED CONSTRAINT norm_short CHECK (length("Norm") < 100)
);
CREATE INDEX item_norm ON app.item ("Norm");
INSERT INTO app.item (id, name, label) VALUES (1, 'Apple', 'a'), (2, 'Pear', DEFAULT);
