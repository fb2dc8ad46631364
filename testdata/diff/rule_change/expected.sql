SET check_function_bodies = off;

CREATE OR REPLACE RULE account_log_update AS
    ON UPDATE TO app.account
   WHERE (old.balance IS DISTINCT FROM new.balance) DO  INSERT INTO app.account_log (id, balance)
  VALUES (new.id, new.balance);

ALTER TABLE app.account DISABLE RULE account_log_update;

CREATE OR REPLACE RULE account_protect AS
    ON DELETE TO app.account
   WHERE (old.balance > (0)::numeric) DO INSTEAD NOTHING;

COMMENT ON RULE account_protect ON app.account IS 'Keep accounts in credit.';
