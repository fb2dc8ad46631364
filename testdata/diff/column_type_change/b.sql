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
