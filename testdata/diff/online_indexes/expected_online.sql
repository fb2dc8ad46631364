-- Online migration in 6 segments. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 6: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.account_created_idx;

-- segment 2 of 6: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE TABLE app.audit (
    id integer NOT NULL,
    account_id integer NOT NULL
);

ALTER TABLE app.audit OWNER TO postgres;

ALTER TABLE app.audit ADD CONSTRAINT audit_pkey PRIMARY KEY (id);

COMMIT;

-- segment 3 of 6: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.account_email_key;

CREATE UNIQUE INDEX CONCURRENTLY account_email_key ON app.account USING btree (lower(email));

-- segment 4 of 6: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.account_region_idx_pgstrata_new;

CREATE INDEX CONCURRENTLY account_region_idx_pgstrata_new ON app.account USING btree (region, created DESC);

DROP INDEX CONCURRENTLY IF EXISTS app.account_region_idx;

ALTER INDEX app.account_region_idx_pgstrata_new RENAME TO account_region_idx;

COMMENT ON INDEX app.account_region_idx IS 'by region, newest first';

-- segment 5 of 6: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE INDEX audit_account_idx ON app.audit USING btree (account_id);

CREATE INDEX IF NOT EXISTS event_at_idx ON ONLY app.event USING btree (at);

COMMIT;

-- segment 6 of 6: outside a transaction (each statement commits on its own)
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;

DROP INDEX CONCURRENTLY IF EXISTS app.event_2024_at_idx;

CREATE INDEX CONCURRENTLY event_2024_at_idx ON app.event_2024 USING btree (at);

ALTER INDEX app.event_at_idx ATTACH PARTITION app.event_2024_at_idx;
