-- Indexes added to partitioned tables with rows, planned --online: the
-- parent's index created ON ONLY (an invalid shell, no build), each
-- partition's built concurrently and attached, one level down for a
-- sub-partitioned partition; the parent's index is valid once all are
-- attached. A partitioned table that gains a partition in the same plan
-- keeps a plain CREATE INDEX (the new partition gets its index from it).
CREATE SCHEMA app;
CREATE SCHEMA archive;

CREATE TABLE app.event (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text NOT NULL,
    region text NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE app.event_2024 PARTITION OF app.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE archive.event_2023 PARTITION OF app.event FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE app.event_2025 PARTITION OF app.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY LIST (region);
CREATE TABLE app.event_2025_eu PARTITION OF app.event_2025 FOR VALUES IN ('eu');
CREATE TABLE app.event_2025_other PARTITION OF app.event_2025 DEFAULT;
INSERT INTO app.event
SELECT g, date '2023-01-01' + g % 1000, 'k' || g % 7, (ARRAY['eu', 'us'])[g % 2 + 1]
FROM generate_series(1, 6000) g;

CREATE TABLE app.log (
    id bigint NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE app.log_2024 PARTITION OF app.log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.log SELECT g, date '2024-01-01' + g % 365 FROM generate_series(1, 1000) g;
