CREATE SCHEMA app;

CREATE TABLE app.note (
    body text NOT NULL
);
