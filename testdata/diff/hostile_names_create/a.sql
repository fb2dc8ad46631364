-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);
