CREATE SCHEMA app;
CREATE TABLE app.reading (id serial, at date NOT NULL, v int CHECK (v >= 0), PRIMARY KEY (id, at)) PARTITION BY LIST (at);
CREATE TABLE app.reading_all PARTITION OF app.reading DEFAULT;
CREATE INDEX reading_v ON app.reading (v);
COMMENT ON TABLE app.reading IS 'sensor readings';
CREATE VIEW app.positive_readings AS SELECT id, v FROM app.reading WHERE v > 0;
