SET check_function_bodies = off;

ALTER TABLE app.payment DROP CONSTRAINT payment_amount_check;

ALTER TABLE app.payment DROP CONSTRAINT payment_customer_id_fkey;
