-- Columns of inheritance children: inherited only (attislocal false) or
-- declared by the child too (attislocal true), as INHERIT and NO INHERIT
-- leave them. A child leaving its parent keeps the parent's columns as its
-- own; a column declared by the child while inherited is made its own by
-- detaching and attaching the parents again; a child's own column cannot
-- become inherited only (no ALTER does that), which the plan says.
CREATE SCHEMA app;

CREATE TABLE app.named (name text, note text);
CREATE TABLE app.dated (created date);

-- leaves named: name and note stay as its own columns
CREATE TABLE app.person (age integer) INHERITS (app.named);
INSERT INTO app.person VALUES ('ann', 'n', 30);

-- name becomes its own column too, still inherited; note stays inherited only
CREATE TABLE app.pet (species text) INHERITS (app.named, app.dated);
INSERT INTO app.pet VALUES ('rex', 'dog', '2020-01-01', 'dog');

-- joins dated, having created already: it stays its own column
CREATE TABLE app.visit (created date, place text);
INSERT INTO app.visit VALUES ('2021-01-01', 'home');
