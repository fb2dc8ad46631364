-- Roles are cluster-wide: create them only if another run has not.
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

-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Ext ""S""; DROP TABLE public.victim; --";
CREATE SCHEMA "select";

-- Moves to "select" in b.sql (ALTER EXTENSION … SET SCHEMA).
CREATE EXTENSION citext SCHEMA "Ext ""S""; DROP TABLE public.victim; --";

CREATE TABLE "select"."Tab ""T""; DROP TABLE victim; --" (
    "Id" integer PRIMARY KEY,
    "Name ""N""" "Ext ""S""; DROP TABLE public.victim; --".citext
);

-- Changes in b.sql.
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --"
    GRANT USAGE ON SEQUENCES TO "rt_hostile_dp reader";
-- Removed in b.sql.
ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --"
    IN SCHEMA "select"
    GRANT EXECUTE ON FUNCTIONS TO "RT_HOSTILE_DP=r/x";
