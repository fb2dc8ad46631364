-- Extensions created in a schema of their own and in public, then used by
-- a column type and an index opclass: the extension must come first (and,
-- in reverse, be dropped after the objects using it).
CREATE SCHEMA app;

CREATE SCHEMA ext;

CREATE EXTENSION citext SCHEMA ext;

CREATE EXTENSION pg_trgm SCHEMA public;

CREATE TABLE app.tag (
    id integer PRIMARY KEY,
    name text NOT NULL,
    slug ext.citext
);

CREATE INDEX tag_name_trgm_idx ON app.tag USING gin (name public.gin_trgm_ops);
