-- Objects in one schema use objects of others: a view in reporting over a
-- table in core, a function in api returning a core type, a FK across
-- schemas. Schemas are created and dropped around them.
CREATE SCHEMA core;
CREATE TABLE core.customer (id int PRIMARY KEY, name text NOT NULL);
