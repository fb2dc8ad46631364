CREATE SCHEMA app;

CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE app.diary (
    id integer PRIMARY KEY,
    mood app.mood NOT NULL DEFAULT 'ok'
);
