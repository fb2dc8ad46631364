-- An attribute added to the type of a typed table: ALTER TYPE … CASCADE
-- adds the column to the table too (without CASCADE PostgreSQL refuses).
CREATE SCHEMA app;

CREATE TYPE app.reading AS (
    sensor text,
    value integer,
    taken_at timestamptz
);

CREATE TABLE app.readings OF app.reading;
