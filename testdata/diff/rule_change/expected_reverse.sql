SET check_function_bodies = off;

CREATE OR REPLACE RULE account_log_update AS
    ON UPDATE TO app.account DO  INSERT INTO app.account_log (id, balance)
  VALUES (old.id, old.balance);

ALTER TABLE app.account ENABLE RULE account_log_update;

CREATE OR REPLACE RULE account_protect AS
    ON DELETE TO app.account
   WHERE (old.balance <> (0)::numeric) DO INSTEAD NOTHING;

COMMENT ON RULE account_protect ON app.account IS 'Keep accounts with money.';
