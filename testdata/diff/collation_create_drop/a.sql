CREATE SCHEMA app;

CREATE COLLATION app.ordinal (provider = libc, locale = 'C');
