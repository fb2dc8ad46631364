SET check_function_bodies = off;

ALTER DEFAULT PRIVILEGES FOR ROLE "RT_HOSTILE_UPPER" IN SCHEMA "Pol ""S""; --" REVOKE SELECT ON TABLES FROM "rt_hostile,{x}";

ALTER DEFAULT PRIVILEGES FOR ROLE "RT_HOSTILE_UPPER" IN SCHEMA "Pol ""S""; --" REVOKE SELECT ON TABLES FROM "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé";

DROP POLICY "Pôlicy_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --";

ALTER SCHEMA "Pol ""S""; --" OWNER TO postgres;

REVOKE GRANT OPTION FOR USAGE ON SCHEMA "Pol ""S""; --" FROM "rt_hostile ""R""; DROP ROLE postgres; --";

REVOKE USAGE ON SCHEMA "Pol ""S""; --" FROM "rt_hostile,{x}";

GRANT USAGE ON TYPE "Pol ""S""; --"."Enum ""E""" TO PUBLIC;

REVOKE USAGE ON TYPE "Pol ""S""; --"."Enum ""E""" FROM "rt_hostile=a/b";

ALTER FUNCTION "Pol ""S""; --"."Fn ""F"""("Arg ""A""" integer) OWNER TO postgres;

GRANT EXECUTE ON FUNCTION "Pol ""S""; --"."Fn ""F"""("Arg ""A""" integer) TO PUBLIC;

REVOKE EXECUTE ON FUNCTION "Pol ""S""; --"."Fn ""F"""("Arg ""A""" integer) FROM "rt_hostile ""R""; DROP ROLE postgres; --";

ALTER SEQUENCE "Pol ""S""; --"."Seq ""S""" OWNER TO postgres;

REVOKE USAGE ON SEQUENCE "Pol ""S""; --"."Seq ""S""" FROM "rt_hostile,{x}";

ALTER TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" OWNER TO postgres;

GRANT SELECT ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile ""R""; DROP ROLE postgres; --";

REVOKE INSERT ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" FROM "rt_hostile=a/b";

REVOKE SELECT ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" FROM "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé";

REVOKE UPDATE ("Owner ""O""") ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" FROM "rt_hostile role with space";

REVOKE UPDATE ("Owner ""O""") ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" FROM "rt_hostile,{x}";

REVOKE UPDATE (body) ON TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" FROM "rt_hostile role with space";

ALTER POLICY "Read ""R""; --" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --"
    TO "rt_hostile ""R""; DROP ROLE postgres; --"
    USING ("Owner ""O""" = CURRENT_USER);

ALTER POLICY "Write; DROP POLICY x" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile,{x}", "rt_hostile=a/b";
