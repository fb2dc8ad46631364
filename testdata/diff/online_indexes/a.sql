-- Indexes on a table with rows, planned --online: one dropped, one changed
-- (built under a temporary name, the old one dropped, the new renamed),
-- one added unique. A table the plan creates keeps plain CREATE INDEX
-- (nothing waits on it); a partitioned table's index is built partition by
-- partition (see online_partitioned_index).
CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer PRIMARY KEY,
    email text NOT NULL,
    region text NOT NULL,
    created date NOT NULL
);
INSERT INTO app.account
SELECT g, 'user' || g || '@example.com', (ARRAY['eu', 'us', 'ap'])[g % 3 + 1], date '2024-01-01' + g % 365
FROM generate_series(1, 2000) g;

CREATE INDEX account_region_idx ON app.account (region);
CREATE INDEX account_created_idx ON app.account (created);
COMMENT ON INDEX app.account_region_idx IS 'by region';

CREATE TABLE app.event (
    id integer NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE app.event_2024 PARTITION OF app.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.event SELECT g, date '2024-01-01' + g % 365 FROM generate_series(1, 500) g;
