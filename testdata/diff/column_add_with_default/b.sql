-- New columns go at the end (ADD COLUMN appends): a NOT NULL column with
-- a constant default, a volatile default, a nullable one with a default,
-- and a generated column.
CREATE SCHEMA app;

CREATE TABLE app.item (
    id integer PRIMARY KEY,
    name text NOT NULL,
    quantity integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    status text DEFAULT 'new'::text,
    name_length integer GENERATED ALWAYS AS (length(name)) STORED
);
