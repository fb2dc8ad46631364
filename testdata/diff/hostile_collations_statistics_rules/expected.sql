SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP STATISTICS "Col ""S""; DROP TABLE public.victim; --"."select";

DROP RULE "Rule ""Gone""" ON "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

DROP COLLATION "Col ""S""; DROP TABLE public.victim; --"."Old ""Coll""; DROP COLLATION x; --";

CREATE SCHEMA "select";

ALTER SCHEMA "select" OWNER TO postgres;

CREATE COLLATION "Col ""S""; DROP TABLE public.victim; --"."Coll ""C""; DROP COLLATION x; --" (provider = libc, locale = 'C');

ALTER COLLATION "Col ""S""; DROP TABLE public.victim; --"."Coll ""C""; DROP COLLATION x; --" OWNER TO postgres;

CREATE COLLATION "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

COMMENT ON COLLATION "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé" IS 'ICU; it''s case-insensitive; --';

ALTER COLLATION "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé" OWNER TO postgres;

CREATE COLLATION "select"."Mixed; --" (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');

ALTER COLLATION "select"."Mixed; --" OWNER TO postgres;

CREATE TABLE "select"."Sorted ""S""" (
    "Name ""N""" text COLLATE "Col ""S""; DROP TABLE public.victim; --"."Coll ""C""; DROP COLLATION x; --",
    ci text COLLATE "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé"
);

ALTER TABLE "select"."Sorted ""S""" OWNER TO postgres;

CREATE OR REPLACE RULE "Rule ""R""; DROP RULE x; --" AS
    ON INSERT TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
   WHERE (new."Col ""A""" = 'it''s \ "new"'::text) DO  INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" ("What ""W""", at)
  VALUES (''');DROP TABLE public.victim;--'::text, new."select");

CREATE RULE "Upd ""U""; --" AS
    ON UPDATE TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DO ( INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" ("What ""W""", at)
  VALUES ('$$ old; $$'::text, old."Id");
 INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" ("What ""W""", at)
  VALUES ('new */ --'::text, new."Id");
);

ALTER TABLE "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DISABLE RULE "Upd ""U""; --";

COMMENT ON RULE "Upd ""U""; --" ON "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" IS 'two; actions';

ALTER STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" SET STATISTICS 500;

COMMENT ON STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" IS 'new''s; DROP TABLE victim; --';

CREATE STATISTICS "select"."Expr ""E""; --" (mcv) ON "Id", ("Col ""A""" || ''');--'::text) FROM "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

ALTER STATISTICS "select"."Expr ""E""; --" OWNER TO postgres;
