CREATE SCHEMA app;
CREATE TABLE app.rect (w int, h int, area int GENERATED ALWAYS AS (w * h * 1) STORED, label text GENERATED ALWAYS AS (w::text || 'x' || h::text) STORED);
