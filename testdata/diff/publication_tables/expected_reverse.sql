SET check_function_bodies = off;

DROP PUBLICATION event_pub;

CREATE TABLE app.scratch (
    id integer NOT NULL
);

ALTER TABLE app.scratch OWNER TO postgres;

ALTER TABLE app.scratch ADD CONSTRAINT scratch_pkey PRIMARY KEY (id);

ALTER PUBLICATION app_pub DROP TABLE app.orders;

ALTER PUBLICATION app_pub ADD TABLE app.scratch;

COMMENT ON PUBLICATION app_pub IS NULL;

ALTER PUBLICATION app_pub OWNER TO postgres;

DROP TABLE app.invoice;

ALTER PUBLICATION orders_pub SET (publish = 'insert');

ALTER PUBLICATION schema_pub DROP TABLE app.customer, TABLES IN SCHEMA audit;

ALTER PUBLICATION schema_pub ADD TABLES IN SCHEMA reports;
