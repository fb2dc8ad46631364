CREATE SCHEMA app;

CREATE TABLE app.measurement (
    id integer PRIMARY KEY,
    sensor varchar(20) NOT NULL,
    reading integer DEFAULT 0,
    code text,
    taken_on date
);

CREATE INDEX measurement_sensor_idx ON app.measurement (sensor);

-- A foreign key on the key whose type changes: PostgreSQL rebuilds the
-- key's index and re-checks the reference itself during ALTER COLUMN TYPE.
CREATE TABLE app.calibration (
    id integer PRIMARY KEY,
    measurement_id integer NOT NULL REFERENCES app.measurement (id)
);
