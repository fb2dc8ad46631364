CREATE SCHEMA app;

CREATE TABLE app.author (
    id integer PRIMARY KEY,
    handle text NOT NULL
);

CREATE TABLE app.post (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    author_handle text,
    parent_id integer
);
