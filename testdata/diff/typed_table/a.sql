-- A table OF a composite type.
CREATE SCHEMA app;
CREATE TYPE app.point3 AS (x float8, y float8, z float8);
