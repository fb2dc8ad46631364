SET check_function_bodies = off;

DROP VIEW app.large_payment;

DROP VIEW app.payment_base;

ALTER TABLE app.payment ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric(12,2);

CREATE VIEW app.payment_base AS
 SELECT payment.id,
    payment.amount,
    payment.note
   FROM app.payment;

ALTER VIEW app.payment_base OWNER TO rt_keep_owner;

GRANT SELECT ON TABLE app.payment_base TO rt_keep_reader;

CREATE VIEW app.large_payment AS
 SELECT payment_base.id,
    payment_base.amount
   FROM app.payment_base
  WHERE (payment_base.amount > (1000)::numeric);

COMMENT ON COLUMN app.large_payment.amount IS 'in euros';

COMMENT ON VIEW app.large_payment IS 'Over a thousand, in euros.';

ALTER VIEW app.large_payment OWNER TO postgres;

REVOKE TRIGGER ON TABLE app.large_payment FROM postgres;

GRANT SELECT (id) ON TABLE app.large_payment TO rt_keep_reader;

GRANT UPDATE (amount) ON TABLE app.large_payment TO rt_keep_reader;
