SET check_function_bodies = off;

DROP RULE active_customer_delete ON app.active_customer;

DROP RULE active_customer_insert ON app.active_customer;

DROP RULE customer_log_delete ON app.customer;

CREATE TABLE app.old_data (
    id integer NOT NULL
);

ALTER TABLE app.old_data OWNER TO postgres;

ALTER TABLE app.old_data ADD CONSTRAINT old_data_pkey PRIMARY KEY (id);

CREATE RULE customer_log_insert AS
    ON INSERT TO app.customer DO  INSERT INTO app.customer_log (id, action)
  VALUES (new.id, 'insert'::text);

CREATE RULE old_data_no_delete AS
    ON DELETE TO app.old_data DO INSTEAD NOTHING;
