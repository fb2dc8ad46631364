SET check_function_bodies = off;

ALTER TABLE app.product DROP CONSTRAINT product_price_check;

ALTER TABLE app.product DROP CONSTRAINT product_sku_format;

ALTER TABLE app.product DROP CONSTRAINT product_sku_unique;

ALTER TABLE app.product ADD CONSTRAINT product_discount_check CHECK (((discount >= (0)::numeric) AND (discount <= (50)::numeric)));

ALTER TABLE app.product ADD CONSTRAINT product_price_check CHECK ((price > (0)::numeric));

ALTER TABLE app.product ADD CONSTRAINT product_sku_unique UNIQUE (sku);
