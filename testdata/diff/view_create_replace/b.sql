-- film_titles gains a column at the end (CREATE OR REPLACE VIEW can do
-- that), recent_films changes its WHERE and options, obsolete goes, and
-- a new view over a view appears. The reverse removes a view column,
-- which needs a drop and create.
CREATE SCHEMA app;

CREATE TABLE app.film (
    id integer PRIMARY KEY,
    title text NOT NULL,
    released date,
    rating text
);

CREATE VIEW app.film_titles AS
    SELECT id, title, rating FROM app.film;

CREATE VIEW app.recent_films WITH (security_barrier = true) AS
    SELECT id, title, released FROM app.film WHERE released > DATE '2023-01-01';

CREATE VIEW app.rated_titles AS
    SELECT title, rating FROM app.film_titles WHERE rating IS NOT NULL;
