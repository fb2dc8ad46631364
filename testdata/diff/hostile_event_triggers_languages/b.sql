-- Event triggers and procedural languages whose names need quoting, on
-- functions whose names need quoting. Event triggers: one changes its
-- firing mode, comment and owner (a superuser whose name needs quoting),
-- one is dropped, one is created disabled. Languages: one whose handler
-- is a C function named with "(" and a quote becomes trusted and gains
-- an inline handler, a grant and a comment; one is dropped; one is created.
-- (PL/pgSQL's handlers are reused under other names: a language needs no
-- C of its own here.)
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

CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Evt ""S""; DROP TABLE public.victim; --";

CREATE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"()
    RETURNS event_trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'ddl: %; DROP TABLE victim; --', tg_tag; END $$;

CREATE EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"();
ALTER EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" ENABLE REPLICA;
COMMENT ON EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" IS E'new''s \\ comment; --';
ALTER EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" OWNER TO "rt_hostile ""Super""; DROP ROLE postgres; --";

CREATE EVENT TRIGGER "Event_trigger_with_a_name_of_exactly_sixty_three_bytes_eeeeeé" ON ddl_command_start
    WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"();
ALTER EVENT TRIGGER "Event_trigger_with_a_name_of_exactly_sixty_three_bytes_eeeeeé" DISABLE;

CREATE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."Handler (""H""); --"()
    RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE TRUSTED LANGUAGE "Lang ""L""; DROP LANGUAGE x; --"
    HANDLER "Evt ""S""; DROP TABLE public.victim; --"."Handler (""H""); --"
    INLINE plpgsql_inline_handler
    VALIDATOR plpgsql_validator;
COMMENT ON LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" IS '''); DROP LANGUAGE plpgsql; --';
GRANT USAGE ON LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" TO "rt_hostile lang user";
CREATE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."In ""Lang"""() RETURNS text
    LANGUAGE "Lang ""L""; DROP LANGUAGE x; --"
    AS $$ BEGIN RETURN 'it''s; --'; END $$;

CREATE LANGUAGE "select" HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler;
