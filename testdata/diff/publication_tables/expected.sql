SET check_function_bodies = off;

CREATE TABLE app.invoice (
    id integer NOT NULL,
    order_id integer NOT NULL,
    amount numeric NOT NULL,
    note text
);

ALTER TABLE app.invoice OWNER TO postgres;

ALTER TABLE app.invoice ADD CONSTRAINT invoice_pkey PRIMARY KEY (id);

ALTER PUBLICATION app_pub ADD
    TABLE app.invoice (id, order_id, amount) WHERE (amount > (0)::numeric),
    app.orders;

COMMENT ON PUBLICATION app_pub IS 'Everything the warehouse needs.';

ALTER PUBLICATION app_pub OWNER TO rt_pub_owner;

DROP TABLE app.scratch;

CREATE PUBLICATION event_pub FOR TABLE app.event_2025, ONLY app.event_base;

ALTER PUBLICATION event_pub OWNER TO postgres;

ALTER PUBLICATION orders_pub SET (publish = 'insert, update, delete');

ALTER PUBLICATION schema_pub DROP TABLES IN SCHEMA reports;

ALTER PUBLICATION schema_pub ADD TABLE app.customer, TABLES IN SCHEMA audit;
