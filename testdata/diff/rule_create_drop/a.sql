CREATE SCHEMA app;

CREATE TABLE app.customer (
    id integer PRIMARY KEY,
    name text NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE app.customer_log (
    id integer,
    action text,
    at timestamptz DEFAULT now()
);

CREATE VIEW app.active_customer AS
    SELECT id, name FROM app.customer WHERE NOT deleted;

CREATE TABLE app.old_data (
    id integer PRIMARY KEY
);
CREATE RULE old_data_no_delete AS ON DELETE TO app.old_data DO INSTEAD NOTHING;

CREATE RULE customer_log_insert AS ON INSERT TO app.customer
    DO ALSO INSERT INTO app.customer_log (id, action) VALUES (NEW.id, 'insert');
