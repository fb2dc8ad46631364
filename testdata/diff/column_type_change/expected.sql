SET check_function_bodies = off;

ALTER TABLE app.calibration ALTER COLUMN measurement_id TYPE bigint USING measurement_id::bigint;

ALTER TABLE app.measurement ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE app.measurement ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE app.measurement ALTER COLUMN reading DROP DEFAULT;

ALTER TABLE app.measurement ALTER COLUMN reading TYPE numeric(10,2) USING reading::numeric(10,2);

ALTER TABLE app.measurement ALTER COLUMN reading SET DEFAULT 0;

ALTER TABLE app.measurement ALTER COLUMN sensor TYPE character varying(64) USING sensor::character varying(64);

ALTER TABLE app.measurement ALTER COLUMN taken_on TYPE timestamp with time zone USING taken_on::timestamp with time zone;
