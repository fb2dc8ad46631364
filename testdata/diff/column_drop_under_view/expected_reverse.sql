SET check_function_bodies = off;

ALTER TABLE app.person ADD COLUMN legacy_code text;

CREATE OR REPLACE VIEW app.people AS
 SELECT person.id,
    person.name,
    person.legacy_code
   FROM app.person;
