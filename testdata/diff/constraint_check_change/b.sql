-- A check whose expression changes (drop and re-add under the same name),
-- a dropped check, a new one, and a unique constraint that becomes
-- deferrable.
CREATE SCHEMA app;

CREATE TABLE app.product (
    id integer PRIMARY KEY,
    price numeric NOT NULL,
    discount numeric,
    sku text,
    CONSTRAINT product_price_check CHECK (price >= 0 AND price < 1000000),
    CONSTRAINT product_sku_format CHECK (sku ~ '^[A-Z]{3}-[0-9]+$'),
    CONSTRAINT product_sku_unique UNIQUE (sku) DEFERRABLE
);
