-- A parent table referenced by a foreign key, plus an unrelated table
-- that goes away with its sequence-backed column.
CREATE SCHEMA app;

CREATE TABLE app.account (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE app.invoice (
    id integer PRIMARY KEY,
    account_id integer REFERENCES app.account (id),
    amount numeric NOT NULL
);

CREATE TABLE app.audit_log (
    id bigserial PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    message text
);
