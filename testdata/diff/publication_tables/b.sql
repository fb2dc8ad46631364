-- Publications altered in place: tables added (one new, with a column
-- list and a row filter) and dropped (one whose table is dropped too),
-- schemas added and dropped, what is published, the owner and the comment.
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

CREATE TABLE app.invoice (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    amount numeric NOT NULL,
    note text
);

CREATE TABLE audit.entry (
    id bigint PRIMARY KEY,
    body text
);

CREATE TABLE reports.daily (
    day date PRIMARY KEY
);

-- A parent with an inheritance child: without ONLY, publishing the parent
-- publishes the child too.
CREATE TABLE app.event_base (
    id integer PRIMARY KEY
);

CREATE TABLE app.event_2024 () INHERITS (app.event_base);

CREATE TABLE app.event_2025 () INHERITS (app.event_base);

CREATE PUBLICATION event_pub FOR TABLE ONLY app.event_base, app.event_2025;

CREATE PUBLICATION app_pub FOR TABLE app.customer, app.orders,
    app.invoice (id, order_id, amount) WHERE (amount > 0);
ALTER PUBLICATION app_pub OWNER TO rt_pub_owner;
COMMENT ON PUBLICATION app_pub IS 'Everything the warehouse needs.';

-- Column lists cannot be mixed with TABLES IN SCHEMA in one publication.
CREATE PUBLICATION schema_pub FOR TABLE app.customer, TABLES IN SCHEMA audit;

CREATE PUBLICATION orders_pub FOR TABLE app.orders WITH (publish = 'insert, update, delete');
