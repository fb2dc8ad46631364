-- A generated column's expression changes, a plain column becomes
-- generated.
CREATE SCHEMA app;
CREATE TABLE app.rect (w int, h int, area int GENERATED ALWAYS AS (w * h) STORED, label text);
