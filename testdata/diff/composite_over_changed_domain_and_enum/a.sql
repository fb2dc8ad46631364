-- A composite type built on a domain whose base type changes and on an
-- enum that loses a label, stored in table columns (scalar and array): the
-- domain, the enum and the composite are rebuilt in dependency order and
-- the columns converted through text. A composite type nesting it is
-- rebuilt in turn.
CREATE SCHEMA app;
CREATE DOMAIN app.code AS varchar(8) CHECK (VALUE <> '');
CREATE TYPE app.level AS ENUM ('low', 'mid', 'high');
CREATE TYPE app.tagged AS (code app.code, level app.level, n integer);
CREATE TYPE app.wrapped AS (inner_tag app.tagged, note text);
CREATE TABLE app.thing (
    id integer PRIMARY KEY,
    tag app.tagged,
    tags app.tagged[],
    code app.code,
    wrapped app.wrapped
);
INSERT INTO app.thing VALUES
    (1, ROW('ab', 'low', 1), ARRAY[ROW('x', 'high', 2)::app.tagged], 'c1', NULL),
    (2, NULL, '{}', NULL, ROW(ROW('w', 'low', 3), 'n'));
