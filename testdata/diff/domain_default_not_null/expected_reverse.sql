SET check_function_bodies = off;

ALTER DOMAIN app.priority SET DEFAULT 3;

ALTER DOMAIN app.priority SET NOT NULL;

ALTER DOMAIN app.status DROP DEFAULT;

ALTER DOMAIN app.status DROP NOT NULL;

COMMENT ON DOMAIN app.status IS NULL;
