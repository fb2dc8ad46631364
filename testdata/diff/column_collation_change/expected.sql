SET check_function_bodies = off;

ALTER TABLE app.word ALTER COLUMN code TYPE character varying(10);

ALTER TABLE app.word ALTER COLUMN w TYPE text COLLATE pg_catalog."C";
