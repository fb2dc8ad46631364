SET check_function_bodies = off;

DROP INDEX app.measurement_sensor_idx;

ALTER TABLE app.measurement DROP CONSTRAINT measurement_pkey;

ALTER TABLE app.measurement ALTER COLUMN code TYPE text USING code::text;

ALTER TABLE app.measurement ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE app.measurement ALTER COLUMN reading TYPE integer USING reading::integer;

ALTER TABLE app.measurement ALTER COLUMN sensor TYPE character varying(20) USING sensor::character varying(20);

ALTER TABLE app.measurement ALTER COLUMN taken_on TYPE date USING taken_on::date;

ALTER TABLE app.measurement ADD CONSTRAINT measurement_pkey PRIMARY KEY (id);

CREATE INDEX measurement_sensor_idx ON app.measurement USING btree (sensor);
