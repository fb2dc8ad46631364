SET check_function_bodies = off;

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "select" REVOKE EXECUTE ON FUNCTIONS FROM "RT_HOSTILE_DP=r/x";

ALTER EXTENSION citext SET SCHEMA "select";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" GRANT USAGE ON SCHEMAS TO "RT_HOSTILE_DP=r/x";

CREATE SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé";

ALTER SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" OWNER TO postgres;

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" VERSION '1.6';

CREATE INDEX "Trgm ""I""; --" ON "select"."Tab ""T""; DROP TABLE victim; --" USING gin ((("Name ""N""")::text) "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé".gin_trgm_ops);

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --" GRANT USAGE ON SEQUENCES TO "RT_HOSTILE_DP=r/x";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --" GRANT SELECT, USAGE ON SEQUENCES TO "rt_hostile_dp reader" WITH GRANT OPTION;

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" GRANT EXECUTE ON FUNCTIONS TO "RT_HOSTILE_DP=r/x";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "select" GRANT USAGE ON TYPES TO "rt_hostile_dp reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "select" GRANT SELECT, UPDATE ON TABLES TO "RT_HOSTILE_DP=r/x";
