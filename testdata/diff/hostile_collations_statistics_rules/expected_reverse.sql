SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP STATISTICS "select"."Expr ""E""; --";

DROP RULE "Upd ""U""; --" ON "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

DROP TABLE "select"."Sorted ""S""";

DROP COLLATION "Col ""S""; DROP TABLE public.victim; --"."Coll ""C""; DROP COLLATION x; --";

DROP COLLATION "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé";

DROP COLLATION "select"."Mixed; --";

DROP SCHEMA "select";

CREATE COLLATION "Col ""S""; DROP TABLE public.victim; --"."Old ""Coll""; DROP COLLATION x; --" (provider = libc, locale = 'POSIX');

ALTER COLLATION "Col ""S""; DROP TABLE public.victim; --"."Old ""Coll""; DROP COLLATION x; --" OWNER TO postgres;

CREATE RULE "Rule ""Gone""" AS
    ON DELETE TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
   WHERE (old."Col ""A""" = 'back\slash'::text) DO INSTEAD NOTHING;

CREATE OR REPLACE RULE "Rule ""R""; DROP RULE x; --" AS
    ON INSERT TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
   WHERE (new."Col ""A""" = 'it''s'::text) DO  INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" ("What ""W""", at)
  VALUES ('"; DROP TABLE victim; --'::text, new."Id");

ALTER STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" SET STATISTICS -1;

COMMENT ON STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" IS 'old';

CREATE STATISTICS "Col ""S""; DROP TABLE public.victim; --"."select" (dependencies) ON "Col ""A""", "from" FROM "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER STATISTICS "Col ""S""; DROP TABLE public.victim; --"."select" OWNER TO postgres;
