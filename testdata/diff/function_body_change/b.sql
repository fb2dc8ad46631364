-- Bodies and attributes change while signatures stay: CREATE OR REPLACE
-- is enough (no drop, nothing that depends on them is touched). A new
-- function's body uses a table created in the same migration, which works
-- because the script turns check_function_bodies off.
CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer PRIMARY KEY,
    balance numeric NOT NULL DEFAULT 0,
    updated_at timestamptz
);

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END
$$;

CREATE FUNCTION app.balance_of(account_id integer) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(balance, 0) FROM app.account WHERE id = account_id $$;

CREATE FUNCTION app.fee(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path = pg_catalog
    AS $$ SELECT round(amount * 0.015, 2) $$;

CREATE TABLE app.ledger (
    id integer PRIMARY KEY,
    amount numeric NOT NULL
);

CREATE FUNCTION app.ledger_total() RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT sum(amount) FROM app.ledger $$;
