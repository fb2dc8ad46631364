SET check_function_bodies = off;

DROP LANGUAGE rt_new;

CREATE LANGUAGE rt_old HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;

ALTER LANGUAGE rt_old OWNER TO postgres;

REVOKE USAGE ON LANGUAGE rt_plain FROM rt_lang_user;

CREATE OR REPLACE LANGUAGE rt_plain HANDLER plpgsql_call_handler;

COMMENT ON LANGUAGE rt_plain IS NULL;
