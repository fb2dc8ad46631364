SET check_function_bodies = off;

ALTER DOMAIN app.email DROP CONSTRAINT email_has_at;

ALTER DOMAIN app.email SET DEFAULT 'nobody@example.org'::text;

ALTER DOMAIN app.email ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '_%@_%'::text));

ALTER DOMAIN app.email ADD CONSTRAINT email_not_too_long CHECK ((length(VALUE) <= 254));

COMMENT ON DOMAIN app.email IS 'An e-mail address';
