SET check_function_bodies = off;

DROP RULE customer_log_insert ON app.customer;

DROP TABLE app.old_data;

CREATE RULE active_customer_delete AS
    ON DELETE TO app.active_customer DO INSTEAD  UPDATE app.customer SET deleted = true
  WHERE (customer.id = old.id);

COMMENT ON RULE active_customer_delete ON app.active_customer IS 'Soft delete.';

CREATE RULE active_customer_insert AS
    ON INSERT TO app.active_customer DO INSTEAD  INSERT INTO app.customer (id, name)
  VALUES (new.id, new.name);

CREATE RULE customer_log_delete AS
    ON DELETE TO app.customer DO  INSERT INTO app.customer_log (id, action)
  VALUES (old.id, 'delete'::text);

ALTER TABLE app.customer DISABLE RULE customer_log_delete;
