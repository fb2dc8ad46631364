-- Additions to routines.sql for PostgreSQL 15 and later: publication
-- column lists, row filters and TABLES IN SCHEMA (15 refuses column lists
-- in a publication that also has TABLES IN SCHEMA, hence two).
CREATE PUBLICATION pub_filtered
  FOR TABLE logic.account (id, owner) WHERE (id > 0), TABLE logic.measure
  WITH (publish = 'insert');
COMMENT ON PUBLICATION pub_filtered IS 'column list and row filter';

CREATE PUBLICATION pub_schema FOR TABLES IN SCHEMA ops, TABLE logic.note WHERE (body IS NOT NULL);
