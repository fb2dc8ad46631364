CREATE SCHEMA app;

CREATE TABLE app.measurement (
    id integer PRIMARY KEY,
    sensor varchar(20) NOT NULL,
    reading integer DEFAULT 0,
    code text,
    taken_on date
);

CREATE INDEX measurement_sensor_idx ON app.measurement (sensor);
