-- Composite types: one with a collated attribute and comments on the type
-- and an attribute, one built on another and on a domain, one with no
-- attributes, a grant, and a table column of a composite type.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_composite_user') THEN
        CREATE ROLE rt_composite_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE DOMAIN app.zip AS varchar(10) CHECK (VALUE ~ '^[0-9A-Z -]+$');

CREATE TYPE app.address AS (
    street text,
    city text COLLATE "C",
    zip app.zip
);

COMMENT ON TYPE app.address IS 'A postal address';
COMMENT ON COLUMN app.address.zip IS 'Postal code';

CREATE TYPE app.contact AS (
    name text,
    home app.address,
    phones text[]
);

CREATE TYPE app.nothing AS ();

GRANT USAGE ON TYPE app.contact TO rt_composite_user;

CREATE TABLE app.customer (
    id integer PRIMARY KEY,
    contact app.contact
);
