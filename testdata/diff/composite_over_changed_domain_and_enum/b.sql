CREATE SCHEMA app;
CREATE DOMAIN app.code AS text CHECK (VALUE <> '');
CREATE TYPE app.level AS ENUM ('high', 'low');
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
