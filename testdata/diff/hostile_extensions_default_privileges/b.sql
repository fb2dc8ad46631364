-- An extension from contrib in schemas whose names need quoting: citext
-- moves from one to another (ALTER EXTENSION … SET SCHEMA, under a column
-- of its type), pg_trgm is created in a new one whose name is 63 bytes.
-- Default privileges of a role whose name needs quoting, in those schemas,
-- for every per-schema object type (sequences, functions, types and
-- tables; hostile_roles_policies has tables), granted to roles whose names
-- hold "=" and "/", and a global one for schemas; one entry changes, one
-- is removed, the others are created.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['rt_hostile_dp "Owner"; DROP ROLE postgres; --', 'rt_hostile_dp reader',
        'RT_HOSTILE_DP=r/x'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Ext ""S""; DROP TABLE public.victim; --";
CREATE SCHEMA "select";
CREATE SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé";

CREATE EXTENSION citext SCHEMA "select";
CREATE EXTENSION pg_trgm SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé";

CREATE TABLE "select"."Tab ""T""; DROP TABLE victim; --" (
    "Id" integer PRIMARY KEY,
    "Name ""N""" "select".citext
);
CREATE INDEX "Trgm ""I""; --" ON "select"."Tab ""T""; DROP TABLE victim; --"
    USING gin (("Name ""N"""::text) "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé".gin_trgm_ops);

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --"
    GRANT USAGE, SELECT ON SEQUENCES TO "rt_hostile_dp reader" WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --"
    GRANT USAGE ON SEQUENCES TO "RT_HOSTILE_DP=r/x";
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    IN SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé"
    GRANT EXECUTE ON FUNCTIONS TO "RT_HOSTILE_DP=r/x";
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    IN SCHEMA "select"
    GRANT USAGE ON TYPES TO "rt_hostile_dp reader";
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    IN SCHEMA "select"
    GRANT SELECT, UPDATE ON TABLES TO "RT_HOSTILE_DP=r/x";
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    GRANT USAGE ON SCHEMAS TO "RT_HOSTILE_DP=r/x";
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
