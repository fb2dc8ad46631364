CREATE SCHEMA app;

CREATE TABLE app.city (
    id integer PRIMARY KEY,
    name text NOT NULL,
    population integer
);

CREATE VIEW app.city_names AS
    SELECT id, name FROM app.city;

CREATE VIEW app.big_city_names AS
    SELECT n.id, n.name FROM app.city_names n JOIN app.city c USING (id) WHERE c.population > 1000000;
