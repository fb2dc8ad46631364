SET check_function_bodies = off;

DROP VIEW app.obsolete;

CREATE OR REPLACE VIEW app.film_titles AS
 SELECT film.id,
    film.title,
    film.rating
   FROM app.film;

CREATE VIEW app.rated_titles AS
 SELECT film_titles.title,
    film_titles.rating
   FROM app.film_titles
  WHERE (film_titles.rating IS NOT NULL);

ALTER VIEW app.rated_titles OWNER TO postgres;

CREATE OR REPLACE VIEW app.recent_films WITH (security_barrier='true') AS
 SELECT film.id,
    film.title,
    film.released
   FROM app.film
  WHERE (film.released > '2023-01-01'::date);
