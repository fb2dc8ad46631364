-- A column goes while a view (and a view on that view) used it: the views
-- are re-created without it, in the right order around the DROP COLUMN.
CREATE SCHEMA app;
CREATE TABLE app.person (id int PRIMARY KEY, name text, legacy_code text);
CREATE VIEW app.people AS SELECT id, name, legacy_code FROM app.person;
CREATE VIEW app.people_names AS SELECT id, name FROM app.people;
COMMENT ON VIEW app.people_names IS 'names only';
