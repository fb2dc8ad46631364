CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('published', 'draft', 'archived');
CREATE DOMAIN app.not_archived AS app.status CHECK (VALUE <> 'archived');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL DEFAULT 'draft',
    live app.not_archived DEFAULT 'published',
    CONSTRAINT post_not_archived_early CHECK (status < 'archived' OR id > 1)
);
CREATE INDEX post_published ON app.post (id) WHERE status = 'published';
CREATE INDEX post_is_draft ON app.post ((status = 'draft'));
CREATE VIEW app.drafts AS SELECT id FROM app.post WHERE status = 'draft';
ALTER TABLE app.post ENABLE ROW LEVEL SECURITY;
CREATE POLICY post_not_archived ON app.post USING (status <> 'archived');
INSERT INTO app.post VALUES (1, 'draft'), (2, 'published'), (3, 'archived');
