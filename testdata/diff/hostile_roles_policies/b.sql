-- Roles whose names need quoting wherever a role is named: in GRANT and
-- REVOKE (schema, table, column, sequence, function, type), OWNER TO,
-- ALTER DEFAULT PRIVILEGES and a policy's TO list. Names with "=", "/",
-- "," and braces test how aclitem and name[] texts are read back; one is
-- 63 bytes ending in a multibyte character.
-- Roles are cluster-wide: create them only if another run has not.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['rt_hostile "R"; DROP ROLE postgres; --', 'rt_hostile role with space',
        'RT_HOSTILE_UPPER', 'rt_hostile=a/b', 'rt_hostile,{x}',
        'rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Pol ""S""; --";
CREATE TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" (
    id integer PRIMARY KEY,
    "Owner ""O""" name NOT NULL DEFAULT current_user,
    body text
);
ALTER TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" ENABLE ROW LEVEL SECURITY;
CREATE SEQUENCE "Pol ""S""; --"."Seq ""S""";
CREATE FUNCTION "Pol ""S""; --"."Fn ""F"""("Arg ""A""" integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;
CREATE TYPE "Pol ""S""; --"."Enum ""E""" AS ENUM ('a');

ALTER SCHEMA "Pol ""S""; --" OWNER TO "rt_hostile=a/b";
ALTER TABLE "Pol ""S""; --"."Doc; DROP TABLE victim; --" OWNER TO "RT_HOSTILE_UPPER";
ALTER SEQUENCE "Pol ""S""; --"."Seq ""S""" OWNER TO "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé";
ALTER FUNCTION "Pol ""S""; --"."Fn ""F"""(integer) OWNER TO "rt_hostile role with space";

GRANT USAGE ON SCHEMA "Pol ""S""; --" TO "rt_hostile ""R""; DROP ROLE postgres; --", "rt_hostile,{x}" WITH GRANT OPTION;
GRANT SELECT, INSERT ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile=a/b";
GRANT SELECT ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé" WITH GRANT OPTION;
GRANT UPDATE (body, "Owner ""O""") ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile,{x}", "rt_hostile role with space";
GRANT USAGE ON SEQUENCE "Pol ""S""; --"."Seq ""S""" TO "rt_hostile,{x}";
REVOKE EXECUTE ON FUNCTION "Pol ""S""; --"."Fn ""F"""(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "Pol ""S""; --"."Fn ""F"""(integer) TO "rt_hostile ""R""; DROP ROLE postgres; --";
REVOKE USAGE ON TYPE "Pol ""S""; --"."Enum ""E""" FROM PUBLIC;
GRANT USAGE ON TYPE "Pol ""S""; --"."Enum ""E""" TO "rt_hostile=a/b";
ALTER DEFAULT PRIVILEGES FOR ROLE "RT_HOSTILE_UPPER" IN SCHEMA "Pol ""S""; --"
    GRANT SELECT ON TABLES TO "rt_hostile,{x}", "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé";

CREATE POLICY "Read ""R""; --" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" FOR SELECT
    TO "rt_hostile ""R""; DROP ROLE postgres; --", "rt_hostile_rôle_with_a_name_of_exactly_sixty_three_bytes_xxxé", "rt_hostile,{x}"
    USING ("Owner ""O""" = current_user OR body = '''); DROP ROLE postgres; --');
CREATE POLICY "Write; DROP POLICY x" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" FOR UPDATE
    TO "rt_hostile=a/b"
    USING (true);
CREATE POLICY "Pôlicy_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --"
    AS RESTRICTIVE FOR INSERT
    TO "rt_hostile role with space", "RT_HOSTILE_UPPER"
    WITH CHECK (body <> '";--');
COMMENT ON POLICY "Pôlicy_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --"
    IS 'restrictive; its name is 63 bytes';
