-- Additions to routines.sql for PostgreSQL 14 and later: SQL-standard
-- function bodies, parsed at creation and stored as a tree (prosqlbody).
CREATE FUNCTION app.atomic_add(a integer, b integer) RETURNS integer
  LANGUAGE sql IMMUTABLE
  BEGIN ATOMIC
    SELECT a + b;
  END;
COMMENT ON FUNCTION app.atomic_add(integer, integer) IS 'BEGIN ATOMIC';

CREATE FUNCTION app.twice(x integer) RETURNS integer
  LANGUAGE sql IMMUTABLE
  RETURN x * 2;
COMMENT ON FUNCTION app.twice(integer) IS 'RETURN body';

CREATE PROCEDURE app.log_note(msg text)
  LANGUAGE sql
  BEGIN ATOMIC
    INSERT INTO app.note (id, body) VALUES (0, msg);
  END;
COMMENT ON PROCEDURE app.log_note(text) IS 'procedure with BEGIN ATOMIC';
