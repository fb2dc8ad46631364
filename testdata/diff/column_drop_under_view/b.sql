CREATE SCHEMA app;
CREATE TABLE app.person (id int PRIMARY KEY, name text);
CREATE VIEW app.people AS SELECT id, name FROM app.person;
CREATE VIEW app.people_names AS SELECT id, name FROM app.people;
COMMENT ON VIEW app.people_names IS 'names only';
