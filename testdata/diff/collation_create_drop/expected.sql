SET check_function_bodies = off;

DROP COLLATION app.ordinal;

CREATE COLLATION app.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

COMMENT ON COLLATION app.case_insensitive IS 'Compares ignoring case';

ALTER COLLATION app.case_insensitive OWNER TO postgres;

CREATE COLLATION app.mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');

ALTER COLLATION app.mixed OWNER TO postgres;

CREATE COLLATION app.ordinal (provider = libc, locale = 'POSIX');

ALTER COLLATION app.ordinal OWNER TO postgres;
