SET check_function_bodies = off;

DROP TEXT SEARCH CONFIGURATION "we.ird""s"."Dropped;cfg";

ALTER TEXT SEARCH DICTIONARY "we.ird""s"."a.b" (accept = 'false', stopwords = 'english');

COMMENT ON TEXT SEARCH DICTIONARY "we.ird""s"."a.b" IS 'it''s a "dict" $$';

CREATE TEXT SEARCH DICTIONARY "we.ird""s"."Ünïcode ""stem""" (TEMPLATE = pg_catalog.snowball, language = 'english');

ALTER TEXT SEARCH DICTIONARY "we.ird""s"."Ünïcode ""stem""" OWNER TO postgres;

CREATE TEXT SEARCH CONFIGURATION "we.ird""s"."New.Cfg" (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."New.Cfg" ADD MAPPING FOR asciiword WITH "we.ird""s"."Ünïcode ""stem""", "we.ird""s"."a.b";

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."New.Cfg" ADD MAPPING FOR "int" WITH "we.ird""s"."a.b";

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."New.Cfg" OWNER TO postgres;

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."select" DROP MAPPING FOR "float";

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."select" ALTER MAPPING FOR asciiword WITH "we.ird""s"."Ünïcode ""stem""", "we.ird""s"."a.b";

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."select" ALTER MAPPING FOR "int" WITH "we.ird""s"."a.b";

COMMENT ON TEXT SEARCH CONFIGURATION "we.ird""s"."select" IS 'select; drop';

DROP TEXT SEARCH DICTIONARY "we.ird""s"."Gone'dict";

REINDEX INDEX "we.ird""s".t_fts;
