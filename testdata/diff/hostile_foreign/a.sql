-- The victim table every injected "DROP TABLE victim" aims at: b.sql has it
-- too, so the round trip proves it survives the script in both directions.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Fdw ""S""; DROP TABLE public.victim; --";

-- A validator under a hostile name: the built-in postgresql_fdw_validator.
CREATE FUNCTION "Fdw ""S""; DROP TABLE public.victim; --"."Valid ""V""; --"(text[], oid)
    RETURNS boolean LANGUAGE internal STRICT AS 'postgresql_fdw_validator';

-- Options change in place: SET, DROP and ADD of names that need quoting.
CREATE FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --"
    OPTIONS ("Opt ""O""; DROP TABLE victim; --" 'it''s', "select" 'kept', "Gone; --" 'x');

-- Dropped in b.sql.
CREATE FOREIGN DATA WRAPPER "Old ""W""" OPTIONS ("a b" 'c');

CREATE SERVER "Server ""S""; DROP SERVER x; --" TYPE 'it''s' VERSION '1; --'
    FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --"
    OPTIONS ("Host ""H""" E'back\\slash', "user" 'u');

-- Table and column options change in place.
CREATE FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" (
    "Id" integer OPTIONS ("Column ""Name""" 'id', "select" 'x'),
    "Val; --" text
) SERVER "Server ""S""; DROP SERVER x; --"
    OPTIONS ("File ""F""; --" 'a.csv', "format" 'csv');
