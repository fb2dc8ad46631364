SET check_function_bodies = off;

ALTER TABLE app.contact ALTER COLUMN city SET NOT NULL;

ALTER TABLE app.contact ALTER COLUMN email SET NOT NULL;

ALTER TABLE app.contact ALTER COLUMN phone DROP NOT NULL;
