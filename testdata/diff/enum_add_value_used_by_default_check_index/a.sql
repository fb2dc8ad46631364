-- A label added to an enum and used in the same plan: by an existing
-- column's new default, a new CHECK constraint, a new partial index and a new array column's
-- default (an array literal).
-- ALTER TYPE … ADD VALUE cannot be followed by a use of the new value in
-- the same transaction, so the type is rebuilt instead. An existing CHECK
-- comparing values of the type goes around the rebuild.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'published');
CREATE TABLE app.post (
    id integer PRIMARY KEY,
    status app.status NOT NULL DEFAULT 'draft',
    CONSTRAINT post_status_known CHECK (status <> 'published' OR id > 0)
);
INSERT INTO app.post VALUES (1, 'draft'), (2, 'published'), (3, DEFAULT);
