-- Collations of both providers: libc with one locale and with differing
-- LC_COLLATE and LC_CTYPE, and a nondeterministic ICU one; a comment; and
-- one whose locale changes, which means re-creating it.
CREATE SCHEMA app;

CREATE COLLATION app.ordinal (provider = libc, locale = 'POSIX');

CREATE COLLATION app.mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');

CREATE COLLATION app.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

COMMENT ON COLLATION app.case_insensitive IS 'Compares ignoring case';
