SET check_function_bodies = off;

DROP VIEW app.big;

ALTER TABLE app.payment ALTER COLUMN amount TYPE bigint USING amount::bigint;

CREATE VIEW app.big AS
 SELECT payment.id,
    payment.amount
   FROM app.payment
  WHERE (payment.amount > 1000);

ALTER VIEW app.big OWNER TO postgres;

REVOKE SELECT ON TABLE app.big FROM rt_dpn_reader;
