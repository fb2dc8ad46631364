-- Text search objects with hostile names (quotes, dots, keywords, mixed
-- case, non-ASCII) in a hostile schema: created, changed in place
-- (mappings, options, comments) and dropped.
CREATE SCHEMA "we.ird""s";
CREATE TEXT SEARCH DICTIONARY "we.ird""s"."a.b" (TEMPLATE = simple, accept = true);
CREATE TEXT SEARCH DICTIONARY "we.ird""s"."Gone'dict" (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION "we.ird""s"."select" (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION "we.ird""s"."select" ADD MAPPING FOR asciiword, "int", "float" WITH "we.ird""s"."a.b", "we.ird""s"."Gone'dict";
CREATE TEXT SEARCH CONFIGURATION "we.ird""s"."Dropped;cfg" (PARSER = "default");
CREATE TABLE "we.ird""s".t (id int PRIMARY KEY, body text);
CREATE INDEX t_fts ON "we.ird""s".t USING gin (to_tsvector('"we.ird""s"."select"'::regconfig, body));
INSERT INTO "we.ird""s".t VALUES (1, 'x 1 2.5');
