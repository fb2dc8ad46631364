SET check_function_bodies = off;

ALTER SCHEMA "Pol ""S""; --" OWNER TO "rt_hostile=a/b";

GRANT USAGE ON SCHEMA "Pol ""S""; --" TO "rt_hostile ""R""; DROP ROLE postgres; --" WITH GRANT OPTION;

GRANT USAGE ON SCHEMA "Pol ""S""; --" TO "rt_hostile,{x}" WITH GRANT OPTION;

REVOKE USAGE ON TYPE "Pol ""S""; --"."Enum ""E""" FROM PUBLIC;

GRANT USAGE ON TYPE "Pol ""S""; --"."Enum ""E""" TO "rt_hostile=a/b";

ALTER FUNCTION "Pol ""S""; --"."Fn ""F"""("Arg ""A""" integer) OWNER TO "rt_hostile role with space";

REVOKE EXECUTE ON FUNCTION "Pol ""S""; --"."Fn ""F"""("Arg ""A""" integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "Pol ""S""; --"."Fn ""F"""("Arg ""A""" integer) TO "rt_hostile ""R""; DROP ROLE postgres; --";

ALTER SEQUENCE "Pol ""S""; --"."Seq ""S""" OWNER TO "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé";

GRANT USAGE ON SEQUENCE "Pol ""S""; --"."Seq ""S""" TO "rt_hostile,{x}";

ALTER TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" OWNER TO "RT_HOSTILE_UPPER";

REVOKE SELECT ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" FROM "rt_hostile ""R""; DROP ROLE postgres; --";

GRANT INSERT ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile=a/b";

GRANT SELECT ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé" WITH GRANT OPTION;

GRANT UPDATE ("Owner ""O""") ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile role with space";

GRANT UPDATE ("Owner ""O""") ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile,{x}";

GRANT UPDATE (body) ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile role with space";

CREATE POLICY "Pôlicy_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --"
    AS RESTRICTIVE
    FOR INSERT
    TO "RT_HOSTILE_UPPER", "rt_hostile role with space"
    WITH CHECK (body <> '";--'::text);

COMMENT ON POLICY "Pôlicy_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" IS 'restrictive; its name is 63 bytes';

ALTER POLICY "Read ""R""; --" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --"
    TO "rt_hostile ""R""; DROP ROLE postgres; --", "rt_hostile,{x}", "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé"
    USING (("Owner ""O""" = CURRENT_USER) OR (body = '''); DROP ROLE postgres; --'::text));

ALTER POLICY "Write; DROP POLICY x" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile=a/b";

ALTER DEFAULT PRIVILEGES FOR ROLE "RT_HOSTILE_UPPER" IN SCHEMA "Pol ""S""; --" GRANT SELECT ON TABLES TO "rt_hostile,{x}";

ALTER DEFAULT PRIVILEGES FOR ROLE "RT_HOSTILE_UPPER" IN SCHEMA "Pol ""S""; --" GRANT SELECT ON TABLES TO "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé";
