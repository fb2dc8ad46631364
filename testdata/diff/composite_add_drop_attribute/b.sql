-- Attributes dropped, added (appended, with a comment) and, in a type no
-- column stores, changed in type and collation, all with ALTER TYPE.
CREATE SCHEMA app;

CREATE TYPE app.point3 AS (
    x double precision,
    y double precision,
    z double precision
);

COMMENT ON COLUMN app.point3.z IS 'Height';

CREATE TABLE app.shape (
    id integer PRIMARY KEY,
    origin app.point3
);

INSERT INTO app.shape VALUES (1, ROW(1, 2, 3));

CREATE TYPE app.amount AS (
    value numeric(12,2),
    currency text COLLATE "C",
    note text
);
