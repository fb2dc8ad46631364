-- Partitions come and go under a range-partitioned table with an index,
-- a primary key and a default partition.
CREATE SCHEMA app;
CREATE TABLE app.events (id bigint NOT NULL, at date NOT NULL, kind text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_kind ON app.events (kind);
CREATE TABLE app.events_2020 PARTITION OF app.events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE app.events_2021 PARTITION OF app.events FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
