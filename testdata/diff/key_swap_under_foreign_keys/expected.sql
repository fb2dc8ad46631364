SET check_function_bodies = off;

ALTER TABLE app.account DROP CONSTRAINT account_parent_fkey;

ALTER TABLE app.event_note DROP CONSTRAINT event_note_event_fkey;

ALTER TABLE app.event DROP CONSTRAINT event_pkey;

ALTER TABLE app.ledger DROP CONSTRAINT ledger_account_fkey;

ALTER TABLE app.line DROP CONSTRAINT line_sku_fkey;

DROP INDEX app.product_sku;

ALTER TABLE app.membership DROP CONSTRAINT membership_account_fkey;

ALTER TABLE app.account DROP CONSTRAINT account_id_key;

ALTER TABLE app.membership DROP CONSTRAINT membership_code_fkey;

ALTER TABLE app.account DROP CONSTRAINT account_pkey;

ALTER TABLE app.office DROP CONSTRAINT office_region_fkey;

ALTER TABLE app.region DROP CONSTRAINT region_code_key;

ALTER TABLE app.account ADD CONSTRAINT account_code_key UNIQUE (code);

ALTER TABLE app.account ADD CONSTRAINT account_pkey PRIMARY KEY (id);

ALTER TABLE app.account ADD CONSTRAINT account_parent_fkey FOREIGN KEY (parent_id) REFERENCES app.account(id);

ALTER TABLE app.event ADD CONSTRAINT event_key UNIQUE (id, at);

ALTER TABLE app.event_note ADD CONSTRAINT event_note_event_fkey FOREIGN KEY (event_id, event_at) REFERENCES app.event(id, at);

ALTER TABLE app.ledger ADD CONSTRAINT ledger_account_fkey FOREIGN KEY (account_id) REFERENCES app.account(id);

ALTER TABLE app.membership ADD CONSTRAINT membership_account_fkey FOREIGN KEY (account_id) REFERENCES app.account(id);

ALTER TABLE app.membership ADD CONSTRAINT membership_code_fkey FOREIGN KEY (account_code) REFERENCES app.account(code) ON DELETE CASCADE;

ALTER TABLE app.region ADD CONSTRAINT region_code_key PRIMARY KEY (code);

ALTER TABLE app.office ADD CONSTRAINT office_region_fkey FOREIGN KEY (region) REFERENCES app.region(code);

CREATE UNIQUE INDEX product_sku ON app.product USING btree (sku) INCLUDE (name);

ALTER TABLE app.line ADD CONSTRAINT line_sku_fkey FOREIGN KEY (sku) REFERENCES app.product(sku);
