SET check_function_bodies = off;

DROP INDEX app.measurement_sensor_idx;

ALTER TABLE app.measurement DROP CONSTRAINT measurement_pkey;

ALTER TABLE app.measurement ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE app.measurement ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE app.measurement ALTER COLUMN reading TYPE numeric(10,2) USING reading::numeric(10,2);

ALTER TABLE app.measurement ALTER COLUMN sensor TYPE character varying(64) USING sensor::character varying(64);

ALTER TABLE app.measurement ALTER COLUMN taken_on TYPE timestamp with time zone USING taken_on::timestamp with time zone;

ALTER TABLE app.measurement ADD CONSTRAINT measurement_pkey PRIMARY KEY (id);

CREATE INDEX measurement_sensor_idx ON app.measurement USING btree (sensor);
