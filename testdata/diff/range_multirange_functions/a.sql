-- PostgreSQL 14 and later make a multirange type with each range type,
-- with three functions of its own (two constructors and the cast from the
-- range type). Their owners, grants and comments are the target's, on a
-- range type rebuilt under its columns (a multirange column among them:
-- it moves to the new multirange type) and on one kept in place.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_mr_owner') THEN
        CREATE ROLE rt_mr_owner NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TYPE app.span AS RANGE (subtype = int4);
CREATE TYPE app.stretch AS RANGE (subtype = float8);
GRANT EXECUTE ON FUNCTION app.stretch_multirange() TO rt_mr_owner;
CREATE TABLE app.booking (id int PRIMARY KEY, during app.span, spans app.span_multirange, hist app.span_multirange[]);
INSERT INTO app.booking VALUES (1, '[1,5)', '{[1,2), [5,8)}', '{"{[1,3)}"}'), (2, NULL, '{}', NULL);

