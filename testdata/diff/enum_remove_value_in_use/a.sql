-- The hard enum case: labels removed and reordered while the type is used
-- by a column with a default, an array column, a view on those columns and
-- a function taking the type. ALTER TYPE cannot remove labels, so the type
-- is rebuilt and the columns converted in place, the view and function
-- re-created around it.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'review', 'published', 'archived');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL DEFAULT 'draft',
    history app.status[] NOT NULL DEFAULT '{}'
);
CREATE VIEW app.live_posts AS SELECT id, status FROM app.post WHERE status <> 'draft';
CREATE FUNCTION app.is_live(s app.status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s <> 'draft' $$;
