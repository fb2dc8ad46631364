-- A small shop, version 1. Try:
--   go run ./cmd/pgstrata diff testdata/example/v1.sql testdata/example/v2.sql
CREATE SCHEMA shop;

CREATE TYPE shop.order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE shop.customer (
    id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE shop.product (
    id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku   varchar(20) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(10,2) NOT NULL CHECK (price >= 0)
);

CREATE TABLE shop.orders (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES shop.customer,
    status      shop.order_status NOT NULL DEFAULT 'pending',
    placed_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE shop.order_line (
    order_id   integer NOT NULL REFERENCES shop.orders ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES shop.product,
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE INDEX orders_customer_idx ON shop.orders (customer_id);

CREATE FUNCTION shop.order_total(p_order integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(quantity * unit_price), 0) FROM shop.order_line WHERE order_id = p_order $$;

CREATE VIEW shop.order_summary AS
    SELECT o.id, c.email, o.status, shop.order_total(o.id) AS total
    FROM shop.orders o JOIN shop.customer c ON c.id = o.customer_id;

COMMENT ON TABLE shop.orders IS 'One row per checkout.';
