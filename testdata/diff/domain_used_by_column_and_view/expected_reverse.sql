SET check_function_bodies = off;

ALTER DOMAIN app.email DROP CONSTRAINT email_has_at;

ALTER DOMAIN app.email DROP CONSTRAINT email_not_too_long;

ALTER DOMAIN app.email DROP DEFAULT;

ALTER DOMAIN app.email ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '%@%'::text));

COMMENT ON DOMAIN app.email IS NULL;
