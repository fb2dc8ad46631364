SET check_function_bodies = off;

DROP FUNCTION app.answer();

ALTER TYPE app.mood RENAME TO mood__pgstrata_old;

CREATE TYPE app.mood AS ENUM ('ok', 'sad');

COMMENT ON TYPE app.mood IS 'moods';

ALTER TYPE app.mood OWNER TO rt_keep_owner;

REVOKE USAGE ON TYPE app.mood FROM PUBLIC;

GRANT USAGE ON TYPE app.mood TO rt_keep_reader;

CREATE OR REPLACE FUNCTION app.answer()
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT 42::bigint $function$;

COMMENT ON FUNCTION app.answer() IS 'the answer';

ALTER FUNCTION app.answer() OWNER TO rt_keep_owner;

REVOKE EXECUTE ON FUNCTION app.answer() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION app.answer() TO rt_keep_reader;

ALTER TABLE app.feeling ALTER COLUMN m TYPE app.mood USING m::text::app.mood;

DROP TYPE app.mood__pgstrata_old;
