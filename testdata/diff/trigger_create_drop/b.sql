-- A trigger dropped (its function stays), a trigger created with its
-- function and comment, a trigger on a new table, and a table dropped
-- with its trigger (DROP TABLE takes the trigger along).
CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer PRIMARY KEY,
    balance numeric NOT NULL DEFAULT 0,
    updated_at timestamptz
);

CREATE TABLE app.ledger (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES app.account (id),
    amount numeric NOT NULL
);

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION app.forbid() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'not allowed on %', TG_TABLE_NAME;
END
$$;

CREATE FUNCTION app.apply_amount() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE app.account SET balance = balance + NEW.amount WHERE id = NEW.account_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER account_touch BEFORE UPDATE ON app.account
    FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE TRIGGER ledger_apply AFTER INSERT ON app.ledger
    FOR EACH ROW EXECUTE FUNCTION app.apply_amount();

CREATE TRIGGER ledger_no_update BEFORE UPDATE OR DELETE ON app.ledger
    FOR EACH ROW EXECUTE FUNCTION app.forbid();

COMMENT ON TRIGGER ledger_apply ON app.ledger IS 'Keeps account.balance in step with the ledger.';
