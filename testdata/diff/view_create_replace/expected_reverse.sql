SET check_function_bodies = off;

DROP VIEW app.rated_titles;

DROP VIEW app.film_titles;

CREATE VIEW app.film_titles AS
 SELECT film.id,
    film.title
   FROM app.film;

ALTER VIEW app.film_titles OWNER TO postgres;

CREATE VIEW app.obsolete AS
 SELECT 1 AS one;

ALTER VIEW app.obsolete OWNER TO postgres;

CREATE OR REPLACE VIEW app.recent_films AS
 SELECT film.id,
    film.title,
    film.released
   FROM app.film
  WHERE (film.released > '2020-01-01'::date);
