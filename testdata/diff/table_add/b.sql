-- Orders arrive: a new table with a key, a foreign key to an existing
-- table, a check, a default, an index and comments.
CREATE SCHEMA shop;

CREATE TABLE shop.customer (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE
);

CREATE TABLE shop.orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES shop.customer (id) ON DELETE CASCADE,
    placed_at timestamptz NOT NULL DEFAULT now(),
    total numeric(12, 2) NOT NULL CHECK (total >= 0),
    note text
);

CREATE INDEX orders_customer_idx ON shop.orders (customer_id, placed_at DESC);

COMMENT ON TABLE shop.orders IS 'One row per checkout.';
COMMENT ON COLUMN shop.orders.total IS 'Gross, in the shop currency.';
