SET check_function_bodies = off;

ALTER TABLE app.calibration ALTER COLUMN measurement_id TYPE integer USING measurement_id::integer;

ALTER TABLE app.measurement ALTER COLUMN code TYPE text USING code::text;

ALTER TABLE app.measurement ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE app.measurement ALTER COLUMN reading DROP DEFAULT;

ALTER TABLE app.measurement ALTER COLUMN reading TYPE integer USING reading::integer;

ALTER TABLE app.measurement ALTER COLUMN reading SET DEFAULT 0;

ALTER TABLE app.measurement ALTER COLUMN sensor TYPE character varying(20) USING sensor::character varying(20);

ALTER TABLE app.measurement ALTER COLUMN taken_on TYPE date USING taken_on::date;
