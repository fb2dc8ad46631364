SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP FOREIGN DATA WRAPPER "Old ""W""";

CREATE FOREIGN DATA WRAPPER "Checked ""C""; --" VALIDATOR "Fdw ""S""; DROP TABLE public.victim; --"."Valid ""V""; --";

ALTER FOREIGN DATA WRAPPER "Checked ""C""; --" OWNER TO postgres;

ALTER FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --" OPTIONS (SET "Opt ""O""; DROP TABLE victim; --" E'it''s \\ changed', DROP "Gone; --", ADD "New Ünïcödé ""N""" ''');DROP TABLE public.victim;--');

COMMENT ON FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --" IS 'w''s; --';

ALTER SERVER "Server ""S""; DROP SERVER x; --" VERSION E'2\\; --' OPTIONS (DROP "Host ""H""", SET "user" 'v', ADD "Host ""H""" E'back\\slash', ADD "Port; DROP SERVER x" '5432');

COMMENT ON SERVER "Server ""S""; DROP SERVER x; --" IS 'server; --';

CREATE SERVER "Server_with_a_name_of_exactly_sixty_three_bytes_sssssssssssssé" FOREIGN DATA WRAPPER "Checked ""C""; --" OPTIONS (host E'h''; DROP \\ --', dbname '$$"db"$$', port '5432');

ALTER SERVER "Server_with_a_name_of_exactly_sixty_three_bytes_sssssssssssssé" OWNER TO postgres;

ALTER FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" OPTIONS (DROP "File ""F""; --", SET format 'text', ADD "File ""F""; --" 'b.csv', ADD "Delimiter ""D""" ',');

CREATE FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."New ""Foreign""" (
    "Col ""C""" text OPTIONS ("Column ""Name""" 'c', "select" ''';--')
) SERVER "Server ""S""; DROP SERVER x; --" OPTIONS ("Table ""Name""; DROP TABLE victim; --" ''');DROP TABLE public.victim;--');

ALTER FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."New ""Foreign""" OWNER TO postgres;

ALTER FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" ALTER COLUMN "Id" OPTIONS (SET "Column ""Name""" 'id''s', DROP "select", ADD "New; --" '";--');

ALTER FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" ALTER COLUMN "Val; --" OPTIONS (ADD "from" E'\\x');
