-- Widening (integer → bigint, varchar(20) → varchar(64)), a change that
-- needs a USING cast (text → integer), one with a default and an index on
-- the changed columns, and date → timestamptz.
CREATE SCHEMA app;

CREATE TABLE app.measurement (
    id bigint PRIMARY KEY,
    sensor varchar(64) NOT NULL,
    reading numeric(10, 2) DEFAULT 0,
    code integer,
    taken_on timestamptz
);

CREATE INDEX measurement_sensor_idx ON app.measurement (sensor);

-- A foreign key on the key whose type changes: PostgreSQL rebuilds the
-- key's index and re-checks the reference itself during ALTER COLUMN TYPE.
CREATE TABLE app.calibration (
    id integer PRIMARY KEY,
    measurement_id bigint NOT NULL REFERENCES app.measurement (id)
);
