CREATE SCHEMA app;

CREATE TABLE app.tag (
    id integer PRIMARY KEY,
    name text NOT NULL
);
