CREATE SCHEMA app;

CREATE TABLE app.customer (
    id integer PRIMARY KEY,
    name text NOT NULL,
    CONSTRAINT customer_name_check CHECK (name <> '')
);
INSERT INTO app.customer SELECT g, 'c' || g FROM generate_series(1, 300) g;

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    amount numeric(10, 2) NOT NULL,
    status text NOT NULL,
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customer (id) ON DELETE CASCADE,
    CONSTRAINT orders_amount_check CHECK (amount >= 0)
);
INSERT INTO app.orders SELECT g, g % 300 + 1, g * 1.5, 'open' FROM generate_series(1, 3000) g;
ALTER TABLE app.orders ADD CONSTRAINT orders_status_check CHECK (status IN ('open', 'paid')) NOT VALID;

CREATE TABLE app.refund (
    id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES app.orders (id),
    CONSTRAINT refund_id_check CHECK (id > 0)
);
