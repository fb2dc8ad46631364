SET check_function_bodies = off;

ALTER TABLE app.item DROP COLUMN created_at;

ALTER TABLE app.item DROP COLUMN name_length;

ALTER TABLE app.item DROP COLUMN quantity;

ALTER TABLE app.item DROP COLUMN status;
