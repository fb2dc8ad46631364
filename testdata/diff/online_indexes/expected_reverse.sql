SET check_function_bodies = off;

DROP INDEX app.account_email_key;

DROP INDEX app.account_region_idx;

DROP INDEX app.event_at_idx;

DROP TABLE app.audit;

CREATE INDEX account_created_idx ON app.account USING btree (created);

CREATE INDEX account_region_idx ON app.account USING btree (region);

COMMENT ON INDEX app.account_region_idx IS 'by region';
