CREATE SCHEMA app;

CREATE TABLE app.animal (id integer NOT NULL, name text, legs integer);
CREATE TABLE app.dog (good boolean NOT NULL) INHERITS (app.animal);
ALTER TABLE app.dog ALTER COLUMN legs SET NOT NULL;
INSERT INTO app.animal SELECT g, 'a' || g, 4 FROM generate_series(1, 500) g;
INSERT INTO app.dog SELECT g, 'd' || g, 4, true FROM generate_series(501, 900) g;

CREATE TABLE app.reading (id integer, at date NOT NULL, value numeric NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE app.reading_2024 PARTITION OF app.reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE app.reading_2024 ALTER COLUMN note SET NOT NULL;
INSERT INTO app.reading SELECT g, date '2024-01-01' + g % 365, g, 'n' FROM generate_series(1, 1000) g;
