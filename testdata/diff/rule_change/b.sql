-- Rules changed: an action and a condition (CREATE OR REPLACE RULE, which
-- resets the firing mode, set again after it), a firing mode alone, and a
-- comment.
CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer PRIMARY KEY,
    balance numeric NOT NULL DEFAULT 0
);

CREATE TABLE app.account_log (
    id integer,
    balance numeric
);

CREATE RULE account_log_update AS ON UPDATE TO app.account
    WHERE OLD.balance IS DISTINCT FROM NEW.balance
    DO ALSO INSERT INTO app.account_log VALUES (NEW.id, NEW.balance);
ALTER TABLE app.account DISABLE RULE account_log_update;

COMMENT ON RULE account_log_update ON app.account IS 'Kept across CREATE OR REPLACE.';

CREATE RULE account_protect AS ON DELETE TO app.account
    WHERE OLD.balance > 0
    DO INSTEAD NOTHING;
ALTER TABLE app.account ENABLE REPLICA RULE account_protect;
COMMENT ON RULE account_protect ON app.account IS 'Keep accounts in credit.';
