SET check_function_bodies = off;

CREATE SCHEMA ext;

ALTER SCHEMA ext OWNER TO postgres;

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext VERSION '1.6';

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public VERSION '1.6';

ALTER TABLE app.tag ADD COLUMN slug ext.citext;

CREATE INDEX tag_name_trgm_idx ON app.tag USING gin (name public.gin_trgm_ops);
