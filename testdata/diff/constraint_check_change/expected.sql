SET check_function_bodies = off;

ALTER TABLE app.product DROP CONSTRAINT product_discount_check;

ALTER TABLE app.product DROP CONSTRAINT product_price_check;

ALTER TABLE app.product DROP CONSTRAINT product_sku_unique;

ALTER TABLE app.product ADD CONSTRAINT product_price_check CHECK (((price >= (0)::numeric) AND (price < (1000000)::numeric)));

ALTER TABLE app.product ADD CONSTRAINT product_sku_format CHECK ((sku ~ '^[A-Z]{3}-[0-9]+$'::text));

ALTER TABLE app.product ADD CONSTRAINT product_sku_unique UNIQUE (sku) DEFERRABLE;
