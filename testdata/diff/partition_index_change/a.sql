-- An index on a partitioned table changes: every partition's index follows.
CREATE SCHEMA app;
CREATE TABLE app.m (id int NOT NULL, region text NOT NULL, v int) PARTITION BY LIST (region);
CREATE TABLE app.m_eu PARTITION OF app.m FOR VALUES IN ('eu');
CREATE TABLE app.m_us PARTITION OF app.m FOR VALUES IN ('us');
CREATE INDEX m_v ON app.m (v);
