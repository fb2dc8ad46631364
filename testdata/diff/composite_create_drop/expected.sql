SET check_function_bodies = off;

CREATE DOMAIN app.zip AS character varying(10)
    CONSTRAINT zip_check CHECK (((VALUE)::text ~ '^[0-9A-Z -]+$'::text));

ALTER DOMAIN app.zip OWNER TO postgres;

CREATE TYPE app.address AS (
    street text,
    city text COLLATE pg_catalog."C",
    zip app.zip
);

COMMENT ON COLUMN app.address.zip IS 'Postal code';

COMMENT ON TYPE app.address IS 'A postal address';

ALTER TYPE app.address OWNER TO postgres;

CREATE TYPE app.contact AS (
    name text,
    home app.address,
    phones text[]
);

ALTER TYPE app.contact OWNER TO postgres;

GRANT USAGE ON TYPE app.contact TO rt_composite_user;

CREATE TYPE app.nothing AS ();

ALTER TYPE app.nothing OWNER TO postgres;

CREATE TABLE app.customer (
    id integer NOT NULL,
    contact app.contact
);

ALTER TABLE app.customer OWNER TO postgres;

ALTER TABLE app.customer ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
