SET check_function_bodies = off;

DROP VIEW app.people_names;

DROP VIEW app.people;

ALTER TABLE app.person DROP COLUMN legacy_code;

CREATE VIEW app.people AS
 SELECT person.id,
    person.name
   FROM app.person;

ALTER VIEW app.people OWNER TO postgres;

CREATE VIEW app.people_names AS
 SELECT people.id,
    people.name
   FROM app.people;

COMMENT ON VIEW app.people_names IS 'names only';

ALTER VIEW app.people_names OWNER TO postgres;
