-- Without --with-privileges, a function re-created because its result type
-- changes, and an enum rebuilt because it loses a label, keep the source's
-- owner and privileges (EXECUTE and USAGE revoked from PUBLIC, granted to
-- a role); the target's privileges are not compared.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_keep_owner') THEN
        CREATE ROLE rt_keep_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_keep_reader') THEN
        CREATE ROLE rt_keep_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
CREATE FUNCTION app.answer() RETURNS int LANGUAGE sql AS $$ SELECT 42 $$;
REVOKE EXECUTE ON FUNCTION app.answer() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.answer() TO rt_keep_reader;
ALTER FUNCTION app.answer() OWNER TO rt_keep_owner;
CREATE TYPE app.mood AS ENUM ('ok', 'sad', 'meh');
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO rt_keep_reader;
ALTER TYPE app.mood OWNER TO rt_keep_owner;
CREATE TABLE app.feeling (id int PRIMARY KEY, m app.mood);
INSERT INTO app.feeling VALUES (1, 'ok'), (2, 'sad');
