-- Collations, extended statistics and rules whose names need quoting.
-- Collations: libc ones (C and POSIX, with differing LC_COLLATE and
-- LC_CTYPE), an ICU one, one used by a column of a new table, one dropped.
-- Statistics: on columns whose names need quoting and on an expression
-- holding a literal, one with a changed target and comment, one dropped.
-- Rules: actions with literals that try to end the string, one replaced,
-- one disabled, one dropped and one created.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Col ""S""; DROP TABLE public.victim; --";
CREATE SCHEMA "select";

CREATE COLLATION "Col ""S""; DROP TABLE public.victim; --"."Coll ""C""; DROP COLLATION x; --" (provider = libc, locale = 'C');
CREATE COLLATION "select"."Mixed; --" (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');
CREATE COLLATION "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé" IS 'ICU; it''s case-insensitive; --';

CREATE TABLE "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" (
    "Id" integer PRIMARY KEY,
    "Col ""A""" text,
    "select" integer,
    "from" integer
);
CREATE TABLE "Col ""S""; DROP TABLE public.victim; --"."Log; --" (
    "What ""W""" text,
    "at" integer
);
CREATE TABLE "select"."Sorted ""S""" (
    "Name ""N""" text COLLATE "Col ""S""; DROP TABLE public.victim; --"."Coll ""C""; DROP COLLATION x; --",
    "ci" text COLLATE "select"."Collation_with_a_name_of_exactly_sixty_three_bytes_cccccccccé"
);

CREATE STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" (ndistinct)
    ON "select", "from" FROM "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";
ALTER STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" SET STATISTICS 500;
COMMENT ON STATISTICS "Col ""S""; DROP TABLE public.victim; --"."Stat ""S""; DROP STATISTICS x; --" IS 'new''s; DROP TABLE victim; --';
-- In another schema than its table, on an expression with a literal.
CREATE STATISTICS "select"."Expr ""E""; --" (mcv)
    ON ("Col ""A""" || ''');--'), "Id" FROM "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --";

CREATE RULE "Rule ""R""; DROP RULE x; --" AS
    ON INSERT TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    WHERE NEW."Col ""A""" = E'it''s \\ "new"'
    DO ALSO INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" ("What ""W""", "at")
        VALUES (''');DROP TABLE public.victim;--', NEW."select");
CREATE RULE "Upd ""U""; --" AS
    ON UPDATE TO "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --"
    DO ALSO (
        INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" VALUES ('$$ old; $$', OLD."Id");
        INSERT INTO "Col ""S""; DROP TABLE public.victim; --"."Log; --" VALUES ('new */ --', NEW."Id")
    );
ALTER TABLE "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" DISABLE RULE "Upd ""U""; --";
COMMENT ON RULE "Upd ""U""; --" ON "Col ""S""; DROP TABLE public.victim; --"."Tab ""T""; DROP TABLE victim; --" IS 'two; actions';
