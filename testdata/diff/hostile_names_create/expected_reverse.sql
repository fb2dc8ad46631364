SET check_function_bodies = off;

DROP MATERIALIZED VIEW "select"."Mat View.2";

DROP VIEW "select"."View ""V""; --";

ALTER TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€" DROP CONSTRAINT "FK → ""x""";

DROP TABLE "Schéma. With Dots; And Spaces"."Tablé_à_la_limite_de_soixante_trois_octets_yyyyyyyyyyyyyyy€";

DROP TABLE "x""; DROP TABLE public.victim; --"."x""; DROP TABLE victim; --";

DROP SEQUENCE "x""; DROP TABLE public.victim; --"."Seq.Name ""1""";

DROP FUNCTION "select"."Trig Func"();

DROP FUNCTION "x""; DROP TABLE public.victim; --"."Func ""F""(); DROP"("Arg ""One""" integer, "select" text);

DROP PROCEDURE "select"."Proc; --"(INOUT "ün" integer);

DROP TYPE "select"."Float Range";

DROP TYPE "select"."hostile_range_rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr😀";

DROP TYPE "select"."table";

DROP DOMAIN "Schéma. With Dots; And Spaces"."Posint; DROP DOMAIN x";

DROP TYPE "select"."enum_type_with_a_name_of_exactly_sixty_three_bytes_qqqqqqqqqqß";

DROP TYPE "x""; DROP TABLE public.victim; --"."Mood ""Type""";

DROP SCHEMA "Schéma. With Dots; And Spaces";

DROP SCHEMA "select";

DROP SCHEMA "x""; DROP TABLE public.victim; --";
