CREATE SCHEMA app;
CREATE TYPE app.point3 AS (x float8, y float8, z float8);
CREATE TABLE app.points OF app.point3 (x WITH OPTIONS NOT NULL, PRIMARY KEY (x, y));
