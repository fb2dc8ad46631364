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

GRANT USAGE ON SCHEMA "Pol ""S""; --" TO "rt_hostile ""R""; DROP ROLE postgres; --";
GRANT SELECT ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile ""R""; DROP ROLE postgres; --", "rt_hostile=a/b";
GRANT UPDATE (body) ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" TO "rt_hostile,{x}";

CREATE POLICY "Read ""R""; --" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" FOR SELECT
    TO "rt_hostile ""R""; DROP ROLE postgres; --"
    USING ("Owner ""O""" = current_user);
CREATE POLICY "Write; DROP POLICY x" ON "Pol ""S""; --"."Doc; DROP TABLE victim; --" FOR UPDATE
    TO "rt_hostile=a/b", "rt_hostile,{x}"
    USING (true);
