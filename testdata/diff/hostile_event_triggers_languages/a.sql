-- Roles are cluster-wide: create them only if another run has not. An
-- event trigger's owner must be a superuser.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_hostile "Super"; DROP ROLE postgres; --') THEN
        CREATE ROLE "rt_hostile ""Super""; DROP ROLE postgres; --" NOLOGIN SUPERUSER;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_hostile lang user') THEN
        CREATE ROLE "rt_hostile lang user" NOLOGIN;
    END IF;
END
$$;

-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Evt ""S""; DROP TABLE public.victim; --";

CREATE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"()
    RETURNS event_trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'ddl: %; DROP TABLE victim; --', tg_tag; END $$;

-- Changes its firing mode, comment and owner in b.sql.
CREATE EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"();
COMMENT ON EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" IS 'old; --';

-- Dropped in b.sql.
CREATE EVENT TRIGGER "select" ON sql_drop
    EXECUTE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"();

-- PL/pgSQL's own handlers under other names: a language needs no C of
-- its own. This one's handler is a C function whose name holds "(" and a
-- quote; it becomes trusted in b.sql (CREATE OR REPLACE LANGUAGE, which
-- keeps the function written in it).
CREATE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."Handler (""H""); --"()
    RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE LANGUAGE "Lang ""L""; DROP LANGUAGE x; --"
    HANDLER "Evt ""S""; DROP TABLE public.victim; --"."Handler (""H""); --"
    VALIDATOR plpgsql_validator;
CREATE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."In ""Lang"""() RETURNS text
    LANGUAGE "Lang ""L""; DROP LANGUAGE x; --"
    AS $$ BEGIN RETURN 'it''s; --'; END $$;

-- Dropped in b.sql.
CREATE LANGUAGE "Gone; --" HANDLER plpgsql_call_handler;
