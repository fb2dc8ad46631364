SET check_function_bodies = off;

DROP EVENT TRIGGER "Event_trigger_with_a_name_of_exactly_sixty_three_bytes_eeeeeé";

DROP LANGUAGE "select";

CREATE LANGUAGE "Gone; --" HANDLER plpgsql_call_handler;

ALTER LANGUAGE "Gone; --" OWNER TO postgres;

REVOKE USAGE ON LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" FROM "rt_hostile lang user";

CREATE OR REPLACE LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" HANDLER "Evt ""S""; DROP TABLE public.victim; --"."Handler (""H""); --" VALIDATOR plpgsql_validator;

COMMENT ON LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" IS NULL;

ALTER EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" ENABLE;

COMMENT ON EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" IS 'old; --';

ALTER EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" OWNER TO postgres;

CREATE EVENT TRIGGER "select" ON sql_drop
    EXECUTE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"();

ALTER EVENT TRIGGER "select" OWNER TO postgres;
