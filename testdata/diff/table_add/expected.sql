SET check_function_bodies = off;

CREATE TABLE shop.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_at timestamp with time zone DEFAULT now() NOT NULL,
    total numeric(12,2) NOT NULL,
    note text
);

COMMENT ON COLUMN shop.orders.total IS 'Gross, in the shop currency.';

COMMENT ON TABLE shop.orders IS 'One row per checkout.';

ALTER TABLE shop.orders OWNER TO postgres;

ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customer(id) ON DELETE CASCADE;

ALTER TABLE shop.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE shop.orders ADD CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric));

CREATE INDEX orders_customer_idx ON shop.orders USING btree (customer_id, placed_at DESC);
