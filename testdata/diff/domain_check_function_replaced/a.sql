CREATE SCHEMA app;

CREATE FUNCTION app.is_valid_sku(v text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT v ~ '^[A-Z]{3}-[0-9]+$' $$;

CREATE FUNCTION app.default_sku() RETURNS text
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
