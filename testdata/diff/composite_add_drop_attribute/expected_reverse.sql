SET check_function_bodies = off;

ALTER TYPE app.amount ALTER ATTRIBUTE value SET DATA TYPE integer;

ALTER TYPE app.amount ALTER ATTRIBUTE currency SET DATA TYPE text;

ALTER TYPE app.point3 DROP ATTRIBUTE z;

ALTER TYPE app.point3 ADD ATTRIBUTE label text;
