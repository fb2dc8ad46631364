-- Online migration in 3 segments. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 3: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.payment ADD CONSTRAINT payment_amount_check CHECK ((amount > (0)::numeric)) NOT VALID;

COMMIT;

-- segment 2 of 3: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.payment VALIDATE CONSTRAINT payment_amount_check;

COMMIT;

-- segment 3 of 3: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.payment ADD CONSTRAINT payment_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customer(id);

COMMIT;
