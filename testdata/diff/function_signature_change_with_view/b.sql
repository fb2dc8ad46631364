CREATE SCHEMA app;
CREATE TABLE app.price (id int PRIMARY KEY, net numeric NOT NULL);
CREATE FUNCTION app.gross(net numeric, rate numeric DEFAULT 0.2) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT net * (1 + rate) $$;
CREATE VIEW app.price_list AS SELECT id, app.gross(net) AS gross FROM app.price;
