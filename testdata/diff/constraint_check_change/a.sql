CREATE SCHEMA app;

CREATE TABLE app.product (
    id integer PRIMARY KEY,
    price numeric NOT NULL,
    discount numeric,
    sku text,
    CONSTRAINT product_price_check CHECK (price > 0),
    CONSTRAINT product_discount_check CHECK (discount BETWEEN 0 AND 50),
    CONSTRAINT product_sku_unique UNIQUE (sku)
);
