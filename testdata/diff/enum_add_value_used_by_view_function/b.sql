CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'review', 'published', 'gone');
CREATE TYPE app.mood AS ENUM ('calm', 'happy', 'angry');
CREATE DOMAIN app.known_status AS app.status CHECK (VALUE <> 'published');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL,
    moods app.mood[],
    checked app.known_status
);
CREATE TABLE app.note (
    id integer PRIMARY KEY,
    status app.status NOT NULL DEFAULT 'gone'
);
CREATE VIEW app.in_review AS SELECT id FROM app.post WHERE status = 'review';
CREATE FUNCTION app.count_status(s app.status DEFAULT 'review') RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.post WHERE status = s $$;
CREATE DOMAIN app.not_gone AS app.status CHECK (VALUE <> 'gone');
INSERT INTO app.post VALUES (1, 'draft', '{calm}', 'draft'), (2, 'published', '{angry,calm}', NULL);
