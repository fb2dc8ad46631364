-- A serial column added to an existing table: its sequence must exist
-- before the column's default uses it, and can be OWNED BY the column only
-- once the column exists. The reverse drops the column, which takes the
-- owned sequence with it.
CREATE SCHEMA app;

CREATE TABLE app.note (
    body text NOT NULL,
    id bigserial PRIMARY KEY
);
