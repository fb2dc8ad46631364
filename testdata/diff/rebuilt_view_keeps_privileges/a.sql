-- Without --with-privileges, a chain of views dropped and re-created
-- because the column under it changes type keeps its owner, grants (column
-- grants too) and comments as the source had them. The target has other
-- grants and owners, which are not compared.
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
CREATE TABLE app.payment (id integer PRIMARY KEY, amount integer NOT NULL, note text);
CREATE VIEW app.payment_base AS SELECT id, amount, note FROM app.payment;
CREATE VIEW app.large_payment AS SELECT id, amount FROM app.payment_base WHERE amount > 1000;
ALTER VIEW app.payment_base OWNER TO rt_keep_owner;
GRANT SELECT ON app.payment_base TO rt_keep_reader;
GRANT SELECT (id), UPDATE (amount) ON app.large_payment TO rt_keep_reader;
REVOKE TRIGGER ON app.large_payment FROM postgres;
COMMENT ON VIEW app.large_payment IS 'Over a thousand.';
COMMENT ON COLUMN app.large_payment.amount IS 'in cents';

INSERT INTO app.payment VALUES (1, 5000, 'x');
