SET check_function_bodies = off;

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" REVOKE USAGE ON SCHEMAS FROM "RT_HOSTILE_DP=r/x";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé" REVOKE EXECUTE ON FUNCTIONS FROM "RT_HOSTILE_DP=r/x";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "select" REVOKE USAGE ON TYPES FROM "rt_hostile_dp reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "select" REVOKE SELECT, UPDATE ON TABLES FROM "RT_HOSTILE_DP=r/x";

DROP INDEX "select"."Trgm ""I""; --";

DROP EXTENSION pg_trgm;

DROP SCHEMA "Schema_with_a_name_of_exactly_sixty_three_bytes_xxxxxxxxxxxxé";

ALTER EXTENSION citext SET SCHEMA "Ext ""S""; DROP TABLE public.victim; --";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --" REVOKE USAGE ON SEQUENCES FROM "RT_HOSTILE_DP=r/x";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --" REVOKE SELECT ON SEQUENCES FROM "rt_hostile_dp reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "Ext ""S""; DROP TABLE public.victim; --" REVOKE GRANT OPTION FOR USAGE ON SEQUENCES FROM "rt_hostile_dp reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "rt_hostile_dp ""Owner""; DROP ROLE postgres; --" IN SCHEMA "select" GRANT EXECUTE ON FUNCTIONS TO "RT_HOSTILE_DP=r/x";
