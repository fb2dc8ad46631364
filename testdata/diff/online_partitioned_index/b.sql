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
CREATE INDEX event_kind_idx ON app.event (kind, at) WITH (fillfactor = 80);
CREATE UNIQUE INDEX event_id_at_key ON app.event (id, at, region);
COMMENT ON INDEX app.event_kind_idx IS 'by kind';

CREATE TABLE app.log (
    id bigint NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE app.log_2024 PARTITION OF app.log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.log_2025 PARTITION OF app.log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO app.log SELECT g, date '2024-01-01' + g % 365 FROM generate_series(1, 1000) g;
CREATE INDEX log_at_idx ON app.log (at);
