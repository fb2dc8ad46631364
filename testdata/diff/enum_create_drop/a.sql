CREATE SCHEMA app;

CREATE TYPE app.old_status AS ENUM ('draft', 'live');

CREATE TABLE app.page (
    id integer PRIMARY KEY,
    title text NOT NULL
);
