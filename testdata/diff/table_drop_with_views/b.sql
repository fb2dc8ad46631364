-- A table dropped with the views stacked on it (top first), its index,
-- comments and foreign key; a materialized view dropped too.
CREATE SCHEMA app;

CREATE TABLE app.kept (
    id integer PRIMARY KEY
);
