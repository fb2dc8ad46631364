CREATE SCHEMA app;

CREATE TABLE app.film (
    id integer PRIMARY KEY,
    title text NOT NULL,
    released date,
    rating text
);

CREATE VIEW app.film_titles AS
    SELECT id, title FROM app.film;

CREATE VIEW app.recent_films AS
    SELECT id, title, released FROM app.film WHERE released > DATE '2020-01-01';

CREATE VIEW app.obsolete AS SELECT 1 AS one;
