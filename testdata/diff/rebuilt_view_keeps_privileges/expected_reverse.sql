SET check_function_bodies = off;

DROP VIEW app.large_payment;

DROP VIEW app.payment_base;

ALTER TABLE app.payment ALTER COLUMN amount TYPE integer USING amount::integer;

CREATE VIEW app.payment_base AS
 SELECT payment.id,
    payment.amount,
    payment.note
   FROM app.payment;

ALTER VIEW app.payment_base OWNER TO postgres;

CREATE VIEW app.large_payment AS
 SELECT payment_base.id,
    payment_base.amount
   FROM app.payment_base
  WHERE (payment_base.amount > 1000);

COMMENT ON COLUMN app.large_payment.amount IS 'in cents';

COMMENT ON VIEW app.large_payment IS 'Over a thousand.';

ALTER VIEW app.large_payment OWNER TO postgres;

GRANT INSERT, SELECT ON TABLE app.large_payment TO rt_keep_reader;
