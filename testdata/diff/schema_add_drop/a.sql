CREATE SCHEMA legacy;

CREATE TABLE legacy.thing (
    id integer PRIMARY KEY
);

CREATE VIEW legacy.thing_ids AS SELECT id FROM legacy.thing;

CREATE SCHEMA shared;
