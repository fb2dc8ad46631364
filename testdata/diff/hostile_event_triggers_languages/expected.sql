SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP EVENT TRIGGER "select";

DROP LANGUAGE "Gone; --";

CREATE OR REPLACE TRUSTED LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" HANDLER "Evt ""S""; DROP TABLE public.victim; --"."Handler (""H""); --" INLINE plpgsql_inline_handler VALIDATOR plpgsql_validator;

COMMENT ON LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" IS '''); DROP LANGUAGE plpgsql; --';

GRANT USAGE ON LANGUAGE "Lang ""L""; DROP LANGUAGE x; --" TO "rt_hostile lang user";

CREATE LANGUAGE "select" HANDLER plpgsql_call_handler INLINE plpgsql_inline_handler;

ALTER LANGUAGE "select" OWNER TO postgres;

CREATE EVENT TRIGGER "Event_trigger_with_a_name_of_exactly_sixty_three_bytes_eeeeeé" ON ddl_command_start
    WHEN TAG IN ('DROP TABLE')
    EXECUTE FUNCTION "Evt ""S""; DROP TABLE public.victim; --"."On DDL ""F""; DROP FUNCTION x; --"();

ALTER EVENT TRIGGER "Event_trigger_with_a_name_of_exactly_sixty_three_bytes_eeeeeé" DISABLE;

ALTER EVENT TRIGGER "Event_trigger_with_a_name_of_exactly_sixty_three_bytes_eeeeeé" OWNER TO postgres;

ALTER EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" ENABLE REPLICA;

COMMENT ON EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" IS E'new''s \\ comment; --';

ALTER EVENT TRIGGER "Evt ""T""; DROP EVENT TRIGGER x; --" OWNER TO "rt_hostile ""Super""; DROP ROLE postgres; --";
