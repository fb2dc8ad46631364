CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'review', 'published', 'gone');
CREATE TYPE app.mood AS ENUM ('calm', 'happy', 'angry');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL,
    moods app.mood[]
);
CREATE TABLE app.note (
    id integer PRIMARY KEY,
    status app.status NOT NULL DEFAULT 'gone'
);
CREATE VIEW app.in_review AS SELECT id FROM app.post WHERE status = 'review';
CREATE FUNCTION app.count_status(s app.status DEFAULT 'review') RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.post WHERE status = s $$;
INSERT INTO app.post VALUES (1, 'draft', '{calm}'), (2, 'published', '{angry,calm}');
