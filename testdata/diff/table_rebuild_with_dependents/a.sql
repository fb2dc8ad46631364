-- A table that must be re-created (its partition key changes), with a
-- serial column, an index, a check constraint, a comment, a foreign key
-- pointing at it and a view on it: everything comes back.
CREATE SCHEMA app;
CREATE TABLE app.reading (id serial, at date NOT NULL, v int CHECK (v >= 0), PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.reading_all PARTITION OF app.reading DEFAULT;
CREATE INDEX reading_v ON app.reading (v);
COMMENT ON TABLE app.reading IS 'sensor readings';
CREATE VIEW app.positive_readings AS SELECT id, v FROM app.reading WHERE v > 0;
