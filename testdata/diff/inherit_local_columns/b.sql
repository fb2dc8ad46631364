-- See a.sql.
CREATE SCHEMA app;

CREATE TABLE app.named (name text, note text);
CREATE TABLE app.dated (created date);

CREATE TABLE app.person (name text, note text, age integer);
INSERT INTO app.person VALUES ('ann', 'n', 30);

CREATE TABLE app.pet (name text, species text) INHERITS (app.named, app.dated);
INSERT INTO app.pet VALUES ('rex', 'dog', '2020-01-01', 'dog');

CREATE TABLE app.visit (place text) INHERITS (app.dated);
INSERT INTO app.visit VALUES ('2021-01-01', 'home');
