CREATE SCHEMA app;
CREATE TABLE app.customer (id integer PRIMARY KEY);
INSERT INTO app.customer SELECT g FROM generate_series(1, 10) g;
CREATE TABLE app.payment (id integer, customer_id integer REFERENCES app.customer (id), at date NOT NULL,
    amount numeric CONSTRAINT payment_amount_check CHECK (amount > 0)) PARTITION BY RANGE (at);
CREATE TABLE app.payment_2024 PARTITION OF app.payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.payment_2025 PARTITION OF app.payment FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY RANGE (at);
CREATE TABLE app.payment_2025_h1 PARTITION OF app.payment_2025 FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
CREATE TABLE app.payment_2025_h2 PARTITION OF app.payment_2025 FOR VALUES FROM ('2025-07-01') TO ('2026-01-01');
INSERT INTO app.payment SELECT g, g % 10 + 1, date '2024-01-01' + g % 700, g FROM generate_series(1, 2000) g;
