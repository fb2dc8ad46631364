SET check_function_bodies = off;

ALTER TABLE app.invoice DROP CONSTRAINT invoice_account_id_fkey;

DROP TABLE app.account;

DROP TABLE app.audit_log;
