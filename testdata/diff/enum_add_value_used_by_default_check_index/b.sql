CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'review', 'published');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL DEFAULT 'review',
    seen app.status[] DEFAULT '{draft,review}',
    CONSTRAINT post_status_known CHECK (status <> 'published' OR id > 0),
    CONSTRAINT post_review_positive CHECK (status <> 'review' OR id > 0)
);
CREATE INDEX post_in_review ON app.post (id) WHERE status = 'review';
INSERT INTO app.post (id, status) VALUES (1, 'draft'), (2, 'published'), (3, 'draft');
UPDATE app.post SET seen = '{draft,review}';
