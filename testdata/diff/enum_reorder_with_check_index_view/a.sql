-- Labels reordered and removed while a CHECK constraint, a partial index,
-- an expression index, a view and a policy compare values of the type:
-- they are dropped before the type is rebuilt and re-created after the
-- columns are converted. A domain over the type, with a CHECK comparing
-- labels, is rebuilt in turn under its column.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'review', 'published', 'archived');
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
