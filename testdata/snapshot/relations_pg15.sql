-- PostgreSQL 15+ additions to relations.sql.
CREATE TABLE app.nulls (a int, b int, c text, CONSTRAINT nulls_a_b_key UNIQUE NULLS NOT DISTINCT (a, b));
CREATE VIEW app.invoker WITH (security_invoker = true) AS SELECT a FROM app.nulls;
CREATE UNLOGGED SEQUENCE app.unlogged_seq;
ALTER TABLE app.nulls ALTER COLUMN c SET COMPRESSION pglz;
