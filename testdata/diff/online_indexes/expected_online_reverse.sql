-- Online migration in 4 segments. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 4: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.account_email_key;

-- segment 2 of 4: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

DROP INDEX app.event_at_idx;

DROP TABLE app.audit;

COMMIT;

-- segment 3 of 4: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.account_created_idx;

CREATE INDEX CONCURRENTLY account_created_idx ON app.account USING btree (created);

-- segment 4 of 4: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.account_region_idx_pgstrata_new;

CREATE INDEX CONCURRENTLY account_region_idx_pgstrata_new ON app.account USING btree (region);

DROP INDEX CONCURRENTLY IF EXISTS app.account_region_idx;

ALTER INDEX app.account_region_idx_pgstrata_new RENAME TO account_region_idx;

COMMENT ON INDEX app.account_region_idx IS 'by region';
