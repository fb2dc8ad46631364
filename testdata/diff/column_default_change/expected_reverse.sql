SET check_function_bodies = off;

ALTER TABLE app.ticket ALTER COLUMN number DROP DEFAULT;

ALTER TABLE app.ticket ALTER COLUMN opened_at SET DEFAULT now();

ALTER TABLE app.ticket ALTER COLUMN priority DROP DEFAULT;

ALTER TABLE app.ticket ALTER COLUMN status SET DEFAULT 'open'::text;
