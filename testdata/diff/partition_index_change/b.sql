CREATE SCHEMA app;
CREATE TABLE app.m (id int NOT NULL, region text NOT NULL, v int) PARTITION BY LIST (region);
CREATE TABLE app.m_eu PARTITION OF app.m FOR VALUES IN ('eu');
CREATE TABLE app.m_us PARTITION OF app.m FOR VALUES IN ('us');
CREATE INDEX m_v ON app.m (v, id) WHERE v > 0;
CREATE UNIQUE INDEX m_id_region ON app.m (id, region);
