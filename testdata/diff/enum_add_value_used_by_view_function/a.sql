-- New labels used by a new view, a new function's parameter default and a
-- new table's column default: the type is rebuilt under the existing
-- column. Another enum gains a label that nothing uses: plain ADD VALUE.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'published');
CREATE TYPE app.mood AS ENUM ('calm', 'angry');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL,
    moods app.mood[]
);
INSERT INTO app.post VALUES (1, 'draft', '{calm}'), (2, 'published', '{angry,calm}');
