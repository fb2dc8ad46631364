-- Table-level settings: storage parameters, RLS enable/force, replica
-- identity, logged/unlogged, per-column storage and statistics.
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, body text, n int) WITH (fillfactor = 90);
ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
