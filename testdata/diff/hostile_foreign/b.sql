-- Foreign-data wrappers, servers and foreign tables whose names, option
-- names and option values need quoting (generic options take identifiers
-- as names: upper case, spaces, quotes, semicolons, keywords, non-ASCII;
-- PostgreSQL itself refuses "=" in an option name, stored as key=value).
-- Options are added, changed and dropped in place on a wrapper, a server,
-- a foreign table and its column; a wrapper with a validator under a
-- hostile name is created, with a server whose libpq options hold hostile
-- values (the validator refuses other names); a wrapper is dropped.
CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA "Fdw ""S""; DROP TABLE public.victim; --";

CREATE FUNCTION "Fdw ""S""; DROP TABLE public.victim; --"."Valid ""V""; --"(text[], oid)
    RETURNS boolean LANGUAGE internal STRICT AS 'postgresql_fdw_validator';

CREATE FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --"
    OPTIONS ("Opt ""O""; DROP TABLE victim; --" E'it''s \\ changed', "select" 'kept',
        "New Ünïcödé ""N""" ''');DROP TABLE public.victim;--');
COMMENT ON FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --" IS 'w''s; --';

CREATE FOREIGN DATA WRAPPER "Checked ""C""; --"
    VALIDATOR "Fdw ""S""; DROP TABLE public.victim; --"."Valid ""V""; --";

CREATE SERVER "Server ""S""; DROP SERVER x; --" TYPE 'it''s' VERSION E'2\\; --'
    FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --"
    OPTIONS ("user" 'v', "Host ""H""" E'back\\slash', "Port; DROP SERVER x" '5432');
COMMENT ON SERVER "Server ""S""; DROP SERVER x; --" IS 'server; --';

CREATE SERVER "Server_with_a_name_of_exactly_sixty_three_bytes_sssssssssssssé"
    FOREIGN DATA WRAPPER "Checked ""C""; --"
    OPTIONS (host E'h''; DROP \\ --', dbname '$$"db"$$', port '5432');

CREATE FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" (
    "Id" integer OPTIONS ("Column ""Name""" 'id''s', "New; --" '";--'),
    "Val; --" text OPTIONS ("from" E'\\x')
) SERVER "Server ""S""; DROP SERVER x; --"
    OPTIONS ("format" 'text', "File ""F""; --" 'b.csv', "Delimiter ""D""" ',');

CREATE FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."New ""Foreign""" (
    "Col ""C""" text OPTIONS ("Column ""Name""" 'c', "select" ''';--')
) SERVER "Server ""S""; DROP SERVER x; --"
    OPTIONS ("Table ""Name""; DROP TABLE victim; --" ''');DROP TABLE public.victim;--');
