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
CREATE FUNCTION app.answer() RETURNS bigint LANGUAGE sql AS $$ SELECT 42::bigint $$;
COMMENT ON FUNCTION app.answer() IS 'the answer';
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
COMMENT ON TYPE app.mood IS 'moods';
CREATE TABLE app.feeling (id int PRIMARY KEY, m app.mood);
INSERT INTO app.feeling VALUES (1, 'ok'), (2, 'sad');
