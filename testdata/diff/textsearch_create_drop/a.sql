-- A text search configuration copied from english with its mappings
-- changed, and two dictionaries it uses, are created with an index and a
-- view that use the configuration (after them); the reverse drops them in
-- the opposite order.
CREATE SCHEMA app;
CREATE TABLE app.doc (id int PRIMARY KEY, body text);
INSERT INTO app.doc VALUES (1, 'The quick brown foxes'), (2, 'jumped over lazy dogs');
