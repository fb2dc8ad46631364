SET check_function_bodies = off;

CREATE SCHEMA api;

ALTER SCHEMA api OWNER TO postgres;

CREATE SCHEMA reporting;

ALTER SCHEMA reporting OWNER TO postgres;

CREATE TYPE core.tier AS ENUM ('free', 'paid');

ALTER TYPE core.tier OWNER TO postgres;

CREATE OR REPLACE FUNCTION api.tier_of(c integer)
 RETURNS core.tier
 LANGUAGE sql
 STABLE
AS $function$ SELECT tier FROM core.customer WHERE id = c $function$;

ALTER FUNCTION api.tier_of(c integer) OWNER TO postgres;

CREATE TABLE api.session (
    id integer NOT NULL,
    customer_id integer NOT NULL
);

ALTER TABLE api.session OWNER TO postgres;

ALTER TABLE core.customer ADD COLUMN tier core.tier DEFAULT 'free'::core.tier NOT NULL;

ALTER TABLE api.session ADD CONSTRAINT session_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES core.customer(id);

ALTER TABLE api.session ADD CONSTRAINT session_pkey PRIMARY KEY (id);

CREATE VIEW reporting.paying AS
 SELECT customer.id,
    customer.name
   FROM core.customer
  WHERE (customer.tier = 'paid'::core.tier);

ALTER VIEW reporting.paying OWNER TO postgres;
