-- account and audit_log are gone; invoice stays, without its foreign key
-- (which must be dropped before the table it points to).
CREATE SCHEMA app;

CREATE TABLE app.invoice (
    id integer PRIMARY KEY,
    account_id integer,
    amount numeric NOT NULL
);
