-- Online migration in one segment. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 1: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.payment DROP CONSTRAINT payment_amount_check;

ALTER TABLE app.payment DROP CONSTRAINT payment_customer_id_fkey;

COMMIT;
