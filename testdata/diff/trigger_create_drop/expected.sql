SET check_function_bodies = off;

DROP TRIGGER account_no_truncate ON app.account;

DROP TABLE app.scratch;

CREATE OR REPLACE FUNCTION app.apply_amount()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    UPDATE app.account SET balance = balance + NEW.amount WHERE id = NEW.account_id;
    RETURN NULL;
END
$function$;

ALTER FUNCTION app.apply_amount() OWNER TO postgres;

CREATE TABLE app.ledger (
    id integer NOT NULL,
    account_id integer NOT NULL,
    amount numeric NOT NULL
);

ALTER TABLE app.ledger OWNER TO postgres;

ALTER TABLE app.ledger ADD CONSTRAINT ledger_account_id_fkey FOREIGN KEY (account_id) REFERENCES app.account(id);

ALTER TABLE app.ledger ADD CONSTRAINT ledger_pkey PRIMARY KEY (id);

CREATE TRIGGER ledger_apply AFTER INSERT ON app.ledger
    FOR EACH ROW
    EXECUTE FUNCTION app.apply_amount();

COMMENT ON TRIGGER ledger_apply ON app.ledger IS 'Keeps account.balance in step with the ledger.';

CREATE TRIGGER ledger_no_update BEFORE DELETE OR UPDATE ON app.ledger
    FOR EACH ROW
    EXECUTE FUNCTION app.forbid();
