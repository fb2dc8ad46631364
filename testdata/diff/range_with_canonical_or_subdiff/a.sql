CREATE SCHEMA app;

CREATE TYPE app.timerange AS RANGE (subtype = time);

CREATE TYPE app.wordrange AS RANGE (subtype = text);

CREATE TABLE app.opening (
    id integer PRIMARY KEY,
    hours app.timerange
);
