-- A small shop, version 2: what v1 becomes. Against v1:
--   a new enum label, wider prices, a bigger quantity type (a table
--   rewrite), a new column with a default, a new table, an index on an
--   expression, the total function rounding, and the summary view showing
--   more.
CREATE SCHEMA shop;

CREATE TYPE shop.order_status AS ENUM ('pending', 'paid', 'shipped', 'refunded');

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
    price numeric(12,2) NOT NULL CHECK (price >= 0)
);

CREATE TABLE shop.orders (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES shop.customer,
    status      shop.order_status NOT NULL DEFAULT 'pending',
    placed_at   timestamptz NOT NULL DEFAULT now(),
    currency    char(3) NOT NULL DEFAULT 'EUR'
);

CREATE TABLE shop.order_line (
    order_id   integer NOT NULL REFERENCES shop.orders ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES shop.product,
    quantity   bigint NOT NULL CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE shop.refund (
    order_id    integer PRIMARY KEY REFERENCES shop.orders,
    reason      text NOT NULL,
    refunded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_customer_idx ON shop.orders (customer_id);
CREATE INDEX customer_email_lower_idx ON shop.customer (lower(email));

CREATE FUNCTION shop.order_total(p_order integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT round(coalesce(sum(quantity * unit_price), 0), 2) FROM shop.order_line WHERE order_id = p_order $$;

CREATE VIEW shop.order_summary AS
    SELECT o.id, c.email, o.status, o.currency, shop.order_total(o.id) AS total, o.placed_at
    FROM shop.orders o JOIN shop.customer c ON c.id = o.customer_id;

COMMENT ON TABLE shop.orders IS 'One row per checkout.';
COMMENT ON TABLE shop.refund IS 'Refunds, at most one per order.';
