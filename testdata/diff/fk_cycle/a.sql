-- Nothing yet but the schema.
CREATE SCHEMA hr;
