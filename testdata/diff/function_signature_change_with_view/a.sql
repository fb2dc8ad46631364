-- A function gains an argument (a new identity) while a view calls it and
-- a trigger uses another function: old and new overloads must not clash.
CREATE SCHEMA app;
CREATE TABLE app.price (id int PRIMARY KEY, net numeric NOT NULL);
CREATE FUNCTION app.gross(net numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT net * 1.2 $$;
CREATE VIEW app.price_list AS SELECT id, app.gross(net) AS gross FROM app.price;
GRANT EXECUTE ON FUNCTION app.gross(numeric) TO PUBLIC;
