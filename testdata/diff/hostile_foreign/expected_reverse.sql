SET check_function_bodies = off;

DROP FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."New ""Foreign""";

DROP SERVER "Server_with_a_name_of_exactly_sixty_three_bytes_sssssssssssssé";

DROP FOREIGN DATA WRAPPER "Checked ""C""; --";

CREATE FOREIGN DATA WRAPPER "Old ""W""" OPTIONS ("a b" 'c');

ALTER FOREIGN DATA WRAPPER "Old ""W""" OWNER TO postgres;

ALTER FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --" OPTIONS (SET "Opt ""O""; DROP TABLE victim; --" 'it''s', DROP "New Ünïcödé ""N""", ADD "Gone; --" 'x');

COMMENT ON FOREIGN DATA WRAPPER "Wrapper ""W""; DROP FOREIGN DATA WRAPPER x; --" IS NULL;

ALTER SERVER "Server ""S""; DROP SERVER x; --" VERSION '1; --' OPTIONS (DROP "user", DROP "Port; DROP SERVER x", ADD "user" 'u');

COMMENT ON SERVER "Server ""S""; DROP SERVER x; --" IS NULL;

ALTER FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" OPTIONS (DROP format, SET "File ""F""; --" 'a.csv', DROP "Delimiter ""D""", ADD format 'csv');

ALTER FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" ALTER COLUMN "Id" OPTIONS (SET "Column ""Name""" 'id', DROP "New; --", ADD "select" 'x');

ALTER FOREIGN TABLE "Fdw ""S""; DROP TABLE public.victim; --"."Foreign ""F""; DROP TABLE victim; --" ALTER COLUMN "Val; --" OPTIONS (DROP "from");
