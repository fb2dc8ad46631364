SET check_function_bodies = off;

DROP INDEX app.tag_name_trgm_idx;

ALTER TABLE app.tag DROP COLUMN slug;

DROP EXTENSION citext;

DROP EXTENSION pg_trgm;

DROP SCHEMA ext;
