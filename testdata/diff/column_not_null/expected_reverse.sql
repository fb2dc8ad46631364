SET check_function_bodies = off;

ALTER TABLE app.contact ALTER COLUMN city DROP NOT NULL;

ALTER TABLE app.contact ALTER COLUMN email DROP NOT NULL;

ALTER TABLE app.contact ALTER COLUMN phone SET NOT NULL;
