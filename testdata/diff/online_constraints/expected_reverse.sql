SET check_function_bodies = off;

ALTER TABLE app.customer DROP CONSTRAINT customer_name_check;

ALTER TABLE app.orders DROP CONSTRAINT orders_amount_check;

ALTER TABLE app.orders DROP CONSTRAINT orders_customer_fk;

ALTER TABLE app.orders DROP CONSTRAINT orders_status_check;

DROP TABLE app.refund;
