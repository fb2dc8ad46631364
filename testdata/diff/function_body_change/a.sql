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
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION app.balance_of(account_id integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT balance FROM app.account WHERE id = account_id $$;

CREATE FUNCTION app.fee(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT round(amount * 0.01, 2) $$;
