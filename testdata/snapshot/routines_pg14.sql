-- Additions to routines.sql for PostgreSQL 14 and later: SQL-standard
-- function bodies, parsed at creation and stored as a tree (prosqlbody).
CREATE FUNCTION logic.atomic_add(a integer, b integer) RETURNS integer
  LANGUAGE sql IMMUTABLE
  BEGIN ATOMIC
    SELECT a + b;
  END;
COMMENT ON FUNCTION logic.atomic_add(integer, integer) IS 'BEGIN ATOMIC';

CREATE FUNCTION logic.twice(x integer) RETURNS integer
  LANGUAGE sql IMMUTABLE
  RETURN x * 2;
COMMENT ON FUNCTION logic.twice(integer) IS 'RETURN body';

CREATE PROCEDURE logic.log_note(msg text)
  LANGUAGE sql
  BEGIN ATOMIC
    INSERT INTO logic.note (id, body) VALUES (0, msg);
  END;
COMMENT ON PROCEDURE logic.log_note(text) IS 'procedure with BEGIN ATOMIC';
