SET check_function_bodies = off;

ALTER DOMAIN app.priority SET DEFAULT 5;

ALTER DOMAIN app.priority DROP NOT NULL;

ALTER DOMAIN app.status SET DEFAULT 'new'::text;

ALTER DOMAIN app.status SET NOT NULL;

COMMENT ON DOMAIN app.status IS 'Ticket status';
