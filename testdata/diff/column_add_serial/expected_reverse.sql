SET check_function_bodies = off;

ALTER TABLE app.note DROP CONSTRAINT note_pkey;

ALTER TABLE app.note DROP COLUMN id;
