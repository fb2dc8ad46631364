SET check_function_bodies = off;

ALTER TABLE app.payment ADD CONSTRAINT payment_amount_check CHECK ((amount > (0)::numeric));

ALTER TABLE app.payment ADD CONSTRAINT payment_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customer(id);
