CREATE SCHEMA app;

CREATE TABLE app.payment (
    id integer PRIMARY KEY,
    amount integer NOT NULL,
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
