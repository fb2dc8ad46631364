SET check_function_bodies = off;

DROP INDEX app.account_created_idx;

DROP INDEX app.account_region_idx;

CREATE TABLE app.audit (
    id integer NOT NULL,
    account_id integer NOT NULL
);

ALTER TABLE app.audit OWNER TO postgres;

ALTER TABLE app.audit ADD CONSTRAINT audit_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX account_email_key ON app.account USING btree (lower(email));

CREATE INDEX account_region_idx ON app.account USING btree (region, created DESC);

COMMENT ON INDEX app.account_region_idx IS 'by region, newest first';

CREATE INDEX audit_account_idx ON app.audit USING btree (account_id);

CREATE INDEX event_at_idx ON app.event USING btree (at);
