-- A function's return type changes: CREATE OR REPLACE cannot do that, so it
-- is dropped and created again, and the view that calls it with it.
CREATE SCHEMA app;
CREATE TABLE app.item (id int PRIMARY KEY, price numeric);
CREATE FUNCTION app.with_tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT p * 1.2 $$;
CREATE VIEW app.priced AS SELECT id, app.with_tax(price) AS gross FROM app.item;
