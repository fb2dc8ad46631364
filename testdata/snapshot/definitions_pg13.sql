-- Operator class options (PostgreSQL 13; see definitions.sql): the default
-- gist class of tsvector takes them, and they print after the column.
CREATE INDEX other_methods_siglen ON defs.other_methods USING gist (tsv tsvector_ops (siglen = 100));
