CREATE SCHEMA app;

CREATE TYPE app.reading AS (
    sensor text,
    value integer
);

CREATE TABLE app.readings OF app.reading;
