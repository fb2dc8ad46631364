SET check_function_bodies = off;

ALTER TABLE app.ticket ALTER COLUMN number SET DEFAULT nextval('app.ticket_no'::regclass);

ALTER TABLE app.ticket ALTER COLUMN opened_at DROP DEFAULT;

ALTER TABLE app.ticket ALTER COLUMN priority SET DEFAULT 3;

ALTER TABLE app.ticket ALTER COLUMN status SET DEFAULT 'triage'::text;
