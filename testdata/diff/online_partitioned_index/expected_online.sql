-- Online migration in 15 segments. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 15: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE TABLE app.log_2025 PARTITION OF app.log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

ALTER TABLE app.log_2025 OWNER TO postgres;

CREATE UNIQUE INDEX IF NOT EXISTS event_id_at_key ON ONLY app.event USING btree (id, at, region);

COMMIT;

-- segment 2 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.event_2024_id_at_region_idx;

CREATE UNIQUE INDEX CONCURRENTLY event_2024_id_at_region_idx ON app.event_2024 USING btree (id, at, region);

ALTER INDEX app.event_id_at_key ATTACH PARTITION app.event_2024_id_at_region_idx;

-- segment 3 of 15: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE UNIQUE INDEX IF NOT EXISTS event_2025_id_at_region_idx ON ONLY app.event_2025 USING btree (id, at, region);

COMMIT;

-- segment 4 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.event_2025_eu_id_at_region_idx;

CREATE UNIQUE INDEX CONCURRENTLY event_2025_eu_id_at_region_idx ON app.event_2025_eu USING btree (id, at, region);

ALTER INDEX app.event_2025_id_at_region_idx ATTACH PARTITION app.event_2025_eu_id_at_region_idx;

-- segment 5 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.event_2025_other_id_at_region_idx;

CREATE UNIQUE INDEX CONCURRENTLY event_2025_other_id_at_region_idx ON app.event_2025_other USING btree (id, at, region);

ALTER INDEX app.event_2025_id_at_region_idx ATTACH PARTITION app.event_2025_other_id_at_region_idx;

-- segment 6 of 15: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER INDEX app.event_id_at_key ATTACH PARTITION app.event_2025_id_at_region_idx;

COMMIT;

-- segment 7 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS archive.event_2023_id_at_region_idx;

CREATE UNIQUE INDEX CONCURRENTLY event_2023_id_at_region_idx ON archive.event_2023 USING btree (id, at, region);

ALTER INDEX app.event_id_at_key ATTACH PARTITION archive.event_2023_id_at_region_idx;

-- segment 8 of 15: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE INDEX IF NOT EXISTS event_kind_idx ON ONLY app.event USING btree (kind, at) WITH (fillfactor='80');

COMMIT;

-- segment 9 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.event_2024_kind_at_idx;

CREATE INDEX CONCURRENTLY event_2024_kind_at_idx ON app.event_2024 USING btree (kind, at) WITH (fillfactor='80');

ALTER INDEX app.event_kind_idx ATTACH PARTITION app.event_2024_kind_at_idx;

-- segment 10 of 15: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE INDEX IF NOT EXISTS event_2025_kind_at_idx ON ONLY app.event_2025 USING btree (kind, at) WITH (fillfactor='80');

COMMIT;

-- segment 11 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.event_2025_eu_kind_at_idx;

CREATE INDEX CONCURRENTLY event_2025_eu_kind_at_idx ON app.event_2025_eu USING btree (kind, at) WITH (fillfactor='80');

ALTER INDEX app.event_2025_kind_at_idx ATTACH PARTITION app.event_2025_eu_kind_at_idx;

-- segment 12 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.event_2025_other_kind_at_idx;

CREATE INDEX CONCURRENTLY event_2025_other_kind_at_idx ON app.event_2025_other USING btree (kind, at) WITH (fillfactor='80');

ALTER INDEX app.event_2025_kind_at_idx ATTACH PARTITION app.event_2025_other_kind_at_idx;

-- segment 13 of 15: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER INDEX app.event_kind_idx ATTACH PARTITION app.event_2025_kind_at_idx;

COMMIT;

-- segment 14 of 15: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS archive.event_2023_kind_at_idx;

CREATE INDEX CONCURRENTLY event_2023_kind_at_idx ON archive.event_2023 USING btree (kind, at) WITH (fillfactor='80');

ALTER INDEX app.event_kind_idx ATTACH PARTITION archive.event_2023_kind_at_idx;

-- segment 15 of 15: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

COMMENT ON INDEX app.event_kind_idx IS 'by kind';

CREATE INDEX log_at_idx ON app.log USING btree (at);

COMMIT;
