-- Functions a domain's CHECK and DEFAULT call are replaced (an argument
-- default added, a result type changed: the planner re-creates functions
-- for those). The domain, in use by a column, stays: the check and the
-- default that call them are taken off before the functions are dropped and
-- put back once they exist again; the other check is left alone.
CREATE SCHEMA app;

CREATE FUNCTION app.is_valid_sku(v text DEFAULT NULL) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT v ~ '^[A-Z]{3}-[0-9]+$' $$;

CREATE FUNCTION app.default_sku() RETURNS varchar
    LANGUAGE sql STABLE
    AS $$ SELECT 'AAA-0' $$;

CREATE DOMAIN app.sku AS text DEFAULT app.default_sku()
    CONSTRAINT sku_valid CHECK (app.is_valid_sku(VALUE))
    CONSTRAINT sku_short CHECK (length(VALUE) < 20);

CREATE TABLE app.article (
    id integer PRIMARY KEY,
    sku app.sku
);

INSERT INTO app.article VALUES (1, 'ABC-1');
