-- A new enum used by a new column and an array column; an unused enum
-- dropped.
CREATE SCHEMA app;

CREATE TYPE app.visibility AS ENUM ('public', 'unlisted', 'private');

CREATE TABLE app.page (
    id integer PRIMARY KEY,
    title text NOT NULL,
    visibility app.visibility NOT NULL DEFAULT 'private',
    audiences app.visibility[]
);

COMMENT ON TYPE app.visibility IS 'Who can see a page.';
