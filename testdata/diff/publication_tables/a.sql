DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_pub_owner') THEN
        CREATE ROLE rt_pub_owner NOLOGIN SUPERUSER;
    END IF;
END
$$;

CREATE SCHEMA app;
CREATE SCHEMA audit;
CREATE SCHEMA reports;

CREATE TABLE app.customer (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric NOT NULL
);

CREATE TABLE app.scratch (
    id integer PRIMARY KEY
);

CREATE TABLE audit.entry (
    id bigint PRIMARY KEY,
    body text
);

CREATE TABLE reports.daily (
    day date PRIMARY KEY
);

CREATE TABLE app.event_base (
    id integer PRIMARY KEY
);

CREATE TABLE app.event_2024 () INHERITS (app.event_base);

CREATE TABLE app.event_2025 () INHERITS (app.event_base);

CREATE PUBLICATION app_pub FOR TABLE app.customer, app.scratch;

CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA reports;

CREATE PUBLICATION orders_pub FOR TABLE app.orders WITH (publish = 'insert');
