-- A view column renamed and another removed: CREATE OR REPLACE VIEW cannot
-- do either, so the view is dropped and created again, and so is the view
-- built on it (which does not change itself).
CREATE SCHEMA app;

CREATE TABLE app.city (
    id integer PRIMARY KEY,
    name text NOT NULL,
    population integer
);

CREATE VIEW app.city_names AS
    SELECT id, name AS city_name FROM app.city;

CREATE VIEW app.big_city_names AS
    SELECT n.id, n.city_name AS name FROM app.city_names n JOIN app.city c USING (id) WHERE c.population > 1000000;
