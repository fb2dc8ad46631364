CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('published', 'draft', 'archived');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL DEFAULT 'draft',
    history app.status[] NOT NULL DEFAULT '{}'
);
CREATE VIEW app.live_posts AS SELECT id, status FROM app.post WHERE status <> 'draft';
CREATE FUNCTION app.is_live(s app.status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s <> 'draft' $$;
