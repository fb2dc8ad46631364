-- NOT NULL, UNIQUE and PRIMARY KEY added to tables with rows, planned
-- --online: NOT NULL through a helper CHECK (col IS NOT NULL) NOT VALID,
-- VALIDATE, SET NOT NULL (which then skips its scan) and the helper
-- dropped; UNIQUE and PRIMARY KEY through an index built concurrently and
-- ADD CONSTRAINT … USING INDEX. A primary key on a nullable column gets
-- its NOT NULL online first. A NOT NULL that comes with a type change
-- stays plain (the rewrite locks the table anyway), and so do constraints
-- on the table the plan creates. Back again, the constraints are dropped
-- and DROP NOT NULL is plain (it reads nothing).
CREATE SCHEMA app;

CREATE TABLE app.member (
    id integer,
    email text,
    "Nick (name)" text,
    team integer,
    code smallint,
    note text,
    CONSTRAINT code_pgstrata_not_null CHECK (code > 0)
);
INSERT INTO app.member
SELECT g, 'm' || g || '@example.com', 'nick' || g, g % 10, g % 100 + 1, 'n' || g
FROM generate_series(1, 2000) g;
