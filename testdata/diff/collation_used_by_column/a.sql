CREATE SCHEMA app;

CREATE TABLE app.word (
    id integer PRIMARY KEY,
    spelling text
);
