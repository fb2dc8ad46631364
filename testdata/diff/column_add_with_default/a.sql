CREATE SCHEMA app;

CREATE TABLE app.item (
    id integer PRIMARY KEY,
    name text NOT NULL
);
