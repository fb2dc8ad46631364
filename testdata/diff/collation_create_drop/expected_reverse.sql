SET check_function_bodies = off;

DROP COLLATION app.case_insensitive;

DROP COLLATION app.mixed;

DROP COLLATION app.ordinal;

CREATE COLLATION app.ordinal (provider = libc, locale = 'C');

ALTER COLLATION app.ordinal OWNER TO postgres;
