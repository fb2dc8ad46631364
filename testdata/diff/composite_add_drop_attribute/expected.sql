SET check_function_bodies = off;

ALTER TYPE app.amount ALTER ATTRIBUTE value SET DATA TYPE numeric(12,2);

ALTER TYPE app.amount ALTER ATTRIBUTE currency SET DATA TYPE text COLLATE pg_catalog."C";

ALTER TYPE app.point3 DROP ATTRIBUTE label;

ALTER TYPE app.point3 ADD ATTRIBUTE z double precision;

COMMENT ON COLUMN app.point3.z IS 'Height';
