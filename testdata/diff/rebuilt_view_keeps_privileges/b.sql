DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_keep_owner') THEN
        CREATE ROLE rt_keep_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_keep_reader') THEN
        CREATE ROLE rt_keep_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
CREATE TABLE app.payment (id integer PRIMARY KEY, amount numeric(12, 2) NOT NULL, note text);
CREATE VIEW app.payment_base AS SELECT id, amount, note FROM app.payment;
CREATE VIEW app.large_payment AS SELECT id, amount FROM app.payment_base WHERE amount > 1000;
GRANT SELECT, INSERT ON app.large_payment TO rt_keep_reader;
COMMENT ON VIEW app.large_payment IS 'Over a thousand, in euros.';
COMMENT ON COLUMN app.large_payment.amount IS 'in euros';

INSERT INTO app.payment VALUES (1, 5000, 'x');
