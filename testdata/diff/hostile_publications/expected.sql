SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP PUBLICATION "Gone ""G""";

ALTER PUBLICATION "Pub ""P""; DROP PUBLICATION x; --" SET
    TABLE "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" ("Id", "Col ""A""; --", "from") WHERE (("Col ""A""; --" IS DISTINCT FROM '\''); DROP TABLE public.victim; --'::text) AND ("from" > 0)),
    "select"."Other; --" ("Id", "Note ""N""") WHERE ("Note ""N""" <> '$$"; --'::text);

COMMENT ON PUBLICATION "Pub ""P""; DROP PUBLICATION x; --" IS 'new''s; DROP PUBLICATION x; --';

CREATE PUBLICATION "Publication_with_a_name_of_exactly_sixty_three_bytes_pppppppé" FOR TABLES IN SCHEMA "Pub ""S""; DROP TABLE public.victim; --", "select";

ALTER PUBLICATION "Publication_with_a_name_of_exactly_sixty_three_bytes_pppppppé" OWNER TO postgres;

ALTER PUBLICATION "select" DROP TABLE "select"."Dropped ""D""";

ALTER PUBLICATION "select" ADD TABLE "Pub ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER PUBLICATION "select" SET (publish = 'insert, delete', publish_via_partition_root = true);
