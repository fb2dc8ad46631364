CREATE SCHEMA app;
CREATE TABLE app.item (id int PRIMARY KEY, price numeric);
CREATE FUNCTION app.with_tax(p numeric) RETURNS numeric(12,2) LANGUAGE sql IMMUTABLE AS $$ SELECT round(p * 1.2, 2) $$;
CREATE VIEW app.priced AS SELECT id, app.with_tax(price) AS gross FROM app.item;
