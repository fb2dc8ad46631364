DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_lang_user') THEN
        CREATE ROLE rt_lang_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA code;

-- Languages of our own (not extension members), reusing PL/pgSQL's
-- handlers, which need no C code.
CREATE LANGUAGE rt_plain HANDLER plpgsql_call_handler;

CREATE LANGUAGE rt_old HANDLER plpgsql_call_handler VALIDATOR plpgsql_validator;

CREATE FUNCTION code.one() RETURNS integer
    LANGUAGE rt_plain
    AS $$ BEGIN RETURN 1; END $$;
