SET check_function_bodies = off;

DROP VIEW app.big_city_names;

DROP VIEW app.city_names;

CREATE VIEW app.city_names AS
 SELECT city.id,
    city.name
   FROM app.city;

ALTER VIEW app.city_names OWNER TO postgres;

CREATE VIEW app.big_city_names AS
 SELECT n.id,
    n.name
   FROM (app.city_names n
     JOIN app.city c USING (id))
  WHERE (c.population > 1000000);

ALTER VIEW app.big_city_names OWNER TO postgres;
