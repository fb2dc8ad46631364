-- A new collation used by an existing column (ALTER COLUMN … TYPE …
-- COLLATE), a new column, a domain and a composite attribute: all come
-- after CREATE COLLATION; the reverse drops or changes them first.
CREATE SCHEMA app;

CREATE COLLATION app.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE DOMAIN app.name_nocase AS text COLLATE app.nocase;

CREATE TYPE app.labelled AS (
    label text COLLATE app.nocase
);

CREATE TABLE app.word (
    id integer PRIMARY KEY,
    spelling text COLLATE app.nocase,
    alias app.name_nocase
);
