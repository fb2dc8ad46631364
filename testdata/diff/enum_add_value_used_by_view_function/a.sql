-- New labels used by a new view, a new function's parameter default and a
-- new table's column default: the type is rebuilt under the existing
-- column and the domain over the type (rebuilt in turn, its column
-- converted), and by a new domain's CHECK. Another enum gains a label that nothing uses: plain ADD VALUE.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'published');
CREATE TYPE app.mood AS ENUM ('calm', 'angry');
CREATE DOMAIN app.known_status AS app.status CHECK (VALUE <> 'published');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL,
    moods app.mood[],
    checked app.known_status
);
INSERT INTO app.post VALUES (1, 'draft', '{calm}', 'draft'), (2, 'published', '{angry,calm}', NULL);
