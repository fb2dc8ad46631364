-- A language becomes trusted and gains inline and validator handlers
-- (CREATE OR REPLACE LANGUAGE, which keeps the function written in it),
-- with a comment and a grant; another is dropped and a third created.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_lang_user') THEN
        CREATE ROLE rt_lang_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA code;

CREATE TRUSTED LANGUAGE rt_plain
    HANDLER plpgsql_call_handler
    INLINE plpgsql_inline_handler
    VALIDATOR plpgsql_validator;
COMMENT ON LANGUAGE rt_plain IS 'PL/pgSQL under another name';
GRANT USAGE ON LANGUAGE rt_plain TO rt_lang_user;

CREATE LANGUAGE rt_new HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler;

CREATE FUNCTION code.one() RETURNS integer
    LANGUAGE rt_plain
    AS $$ BEGIN RETURN 1; END $$;
