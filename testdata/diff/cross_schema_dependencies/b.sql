CREATE SCHEMA core;
CREATE SCHEMA reporting;
CREATE SCHEMA api;
CREATE TYPE core.tier AS ENUM ('free', 'paid');
CREATE TABLE core.customer (id int PRIMARY KEY, name text NOT NULL, tier core.tier NOT NULL DEFAULT 'free');
CREATE TABLE api.session (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES core.customer (id));
CREATE VIEW reporting.paying AS SELECT id, name FROM core.customer WHERE tier = 'paid';
CREATE FUNCTION api.tier_of(c int) RETURNS core.tier LANGUAGE sql STABLE AS $$ SELECT tier FROM core.customer WHERE id = c $$;
