-- Rules created (on a view, to make it writable; a disabled one; one with
-- a comment), a rule dropped, and a table dropped with its rule.
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

CREATE RULE active_customer_insert AS ON INSERT TO app.active_customer
    DO INSTEAD INSERT INTO app.customer (id, name) VALUES (NEW.id, NEW.name);

CREATE RULE active_customer_delete AS ON DELETE TO app.active_customer
    DO INSTEAD UPDATE app.customer SET deleted = true WHERE id = OLD.id;
COMMENT ON RULE active_customer_delete ON app.active_customer IS 'Soft delete.';

CREATE RULE customer_log_delete AS ON DELETE TO app.customer
    DO ALSO INSERT INTO app.customer_log (id, action) VALUES (OLD.id, 'delete');
ALTER TABLE app.customer DISABLE RULE customer_log_delete;
