SET check_function_bodies = off;

CREATE TABLE app.refund (
    id integer NOT NULL,
    order_id integer NOT NULL
);

ALTER TABLE app.refund OWNER TO postgres;

ALTER TABLE app.customer ADD CONSTRAINT customer_name_check CHECK ((name <> ''::text));

ALTER TABLE app.orders ADD CONSTRAINT orders_amount_check CHECK ((amount >= (0)::numeric));

ALTER TABLE app.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customer(id) ON DELETE CASCADE;

ALTER TABLE app.orders ADD CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['open'::text, 'paid'::text]))) NOT VALID;

ALTER TABLE app.refund ADD CONSTRAINT refund_id_check CHECK ((id > 0));

ALTER TABLE app.refund ADD CONSTRAINT refund_order_id_fkey FOREIGN KEY (order_id) REFERENCES app.orders(id);

ALTER TABLE app.refund ADD CONSTRAINT refund_pkey PRIMARY KEY (id);
