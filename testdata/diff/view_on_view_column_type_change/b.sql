-- The column under a chain of three views changes type: PostgreSQL refuses
-- ALTER COLUMN TYPE while a view uses the column, so the chain is dropped
-- (top first) and re-created (bottom first), comment included. A view on
-- another column of the same table may be left alone.
CREATE SCHEMA app;

CREATE TABLE app.payment (
    id integer PRIMARY KEY,
    amount numeric(12, 2) NOT NULL,
    paid_on date NOT NULL
);

CREATE VIEW app.payment_base AS
    SELECT id, amount, paid_on FROM app.payment;

CREATE VIEW app.large_payment AS
    SELECT id, amount FROM app.payment_base WHERE amount > 1000;

CREATE VIEW app.large_payment_total AS
    SELECT sum(amount) AS total FROM app.large_payment;

CREATE VIEW app.payment_days AS
    SELECT DISTINCT paid_on FROM app.payment;

COMMENT ON VIEW app.large_payment IS 'Over a thousand.';
