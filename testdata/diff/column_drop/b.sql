-- Trailing columns dropped, with the unique constraint, check and index
-- on them going too. (Only trailing ones: a re-added column goes at the
-- end, so the reverse direction could not restore a middle column's place.)
CREATE SCHEMA app;

CREATE TABLE app.person (
    id integer PRIMARY KEY,
    first_name text,
    last_name text
);
