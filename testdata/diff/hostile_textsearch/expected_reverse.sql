SET check_function_bodies = off;

DROP TEXT SEARCH CONFIGURATION "we.ird""s"."New.Cfg";

CREATE TEXT SEARCH CONFIGURATION "we.ird""s"."Dropped;cfg" (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."Dropped;cfg" OWNER TO postgres;

CREATE TEXT SEARCH DICTIONARY "we.ird""s"."Gone'dict" (TEMPLATE = pg_catalog.simple);

ALTER TEXT SEARCH DICTIONARY "we.ird""s"."Gone'dict" OWNER TO postgres;

ALTER TEXT SEARCH DICTIONARY "we.ird""s"."a.b" (accept = 'true', stopwords);

COMMENT ON TEXT SEARCH DICTIONARY "we.ird""s"."a.b" IS NULL;

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."select" ADD MAPPING FOR "float" WITH "we.ird""s"."a.b", "we.ird""s"."Gone'dict";

ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."select" ALTER MAPPING FOR asciiword, "int" WITH "we.ird""s"."a.b", "we.ird""s"."Gone'dict";

COMMENT ON TEXT SEARCH CONFIGURATION "we.ird""s"."select" IS NULL;

DROP TEXT SEARCH DICTIONARY "we.ird""s"."Ünïcode ""stem""";

REINDEX INDEX "we.ird""s".t_fts;
