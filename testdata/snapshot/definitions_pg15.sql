-- Definitions only PostgreSQL 15 can create (see definitions.sql).
CREATE TABLE defs.pg15 (
    id int PRIMARY KEY,
    a int, b int, p int,
    UNIQUE NULLS NOT DISTINCT (a),
    FOREIGN KEY (p, b) REFERENCES defs.parent ("user", "order") ON DELETE SET NULL (b)
);
CREATE UNIQUE INDEX ON defs.pg15 (b) NULLS NOT DISTINCT;
