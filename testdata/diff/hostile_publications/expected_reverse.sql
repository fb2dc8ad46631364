SET check_function_bodies = off;

DROP PUBLICATION "Publication_with_a_name_of_exactly_sixty_three_bytes_pppppppé";

CREATE PUBLICATION "Gone ""G""" FOR TABLES IN SCHEMA "select";

ALTER PUBLICATION "Gone ""G""" OWNER TO postgres;

ALTER PUBLICATION "Pub ""P""; DROP PUBLICATION x; --" SET
    TABLE "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ("Id", "select") WHERE ("select" <> 'it''s'::text),
    "select"."Other; --";

COMMENT ON PUBLICATION "Pub ""P""; DROP PUBLICATION x; --" IS 'old';

ALTER PUBLICATION "select" DROP TABLE "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER PUBLICATION "select" ADD TABLE "select"."Dropped ""D""";

ALTER PUBLICATION "select" SET (publish = 'insert', publish_via_partition_root = false);
