-- Online migration in 7 segments. Run it as a whole, without -1 (--single-transaction):
--   psql -X -v ON_ERROR_STOP=1 -f FILE
-- Each segment commits on its own. If one fails, fix the cause and run the script again from
-- the "-- segment" line of the one that failed (each segment starts with the settings it needs):
-- a concurrent index build begins by dropping what a failed build left.

-- segment 1 of 7: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

CREATE TABLE app.refund (
    id integer NOT NULL,
    order_id integer NOT NULL
);

ALTER TABLE app.refund OWNER TO postgres;

ALTER TABLE app.customer ADD CONSTRAINT customer_name_check CHECK ((name <> ''::text)) NOT VALID;

COMMIT;

-- segment 2 of 7: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.customer VALIDATE CONSTRAINT customer_name_check;

COMMIT;

-- segment 3 of 7: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.orders ADD CONSTRAINT orders_amount_check CHECK ((amount >= (0)::numeric)) NOT VALID;

COMMIT;

-- segment 4 of 7: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.orders VALIDATE CONSTRAINT orders_amount_check;

COMMIT;

-- segment 5 of 7: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customer(id) ON DELETE CASCADE NOT VALID;

COMMIT;

-- segment 6 of 7: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.orders VALIDATE CONSTRAINT orders_customer_fk;

COMMIT;

-- segment 7 of 7: in a transaction
SET check_function_bodies = off;
SET lock_timeout = '3s';
SET statement_timeout = 0;
BEGIN;

ALTER TABLE app.orders ADD CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['open'::text, 'paid'::text]))) NOT VALID;

ALTER TABLE app.refund ADD CONSTRAINT refund_id_check CHECK ((id > 0));

ALTER TABLE app.refund ADD CONSTRAINT refund_order_id_fkey FOREIGN KEY (order_id) REFERENCES app.orders(id);

ALTER TABLE app.refund ADD CONSTRAINT refund_pkey PRIMARY KEY (id);

COMMIT;
