CREATE SCHEMA app;

-- Stored in a column: attributes can be added and dropped, not retyped.
CREATE TYPE app.point3 AS (
    x double precision,
    y double precision,
    label text
);

CREATE TABLE app.shape (
    id integer PRIMARY KEY,
    origin app.point3
);

INSERT INTO app.shape VALUES (1, ROW(1, 2, 'a'));

-- Not stored anywhere: attributes can also change type and collation.
CREATE TYPE app.amount AS (
    value integer,
    currency text,
    note text
);
