-- Values added at the end, in the middle (BEFORE/AFTER) and at the start.
-- The reverse direction removes labels, which ALTER TYPE cannot do: the
-- type has to be re-created and the column converted.
CREATE SCHEMA app;

CREATE TYPE app.mood AS ENUM ('furious', 'sad', 'meh', 'ok', 'happy', 'ecstatic');

CREATE TABLE app.diary (
    id integer PRIMARY KEY,
    mood app.mood NOT NULL DEFAULT 'ok'
);
