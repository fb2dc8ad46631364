SET check_function_bodies = off;

DROP LANGUAGE rt_old;

CREATE LANGUAGE rt_new HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler;

ALTER LANGUAGE rt_new OWNER TO postgres;

CREATE OR REPLACE TRUSTED LANGUAGE rt_plain HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;

COMMENT ON LANGUAGE rt_plain IS 'PL/pgSQL under another name';

GRANT USAGE ON LANGUAGE rt_plain TO rt_lang_user;
