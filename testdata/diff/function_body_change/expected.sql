SET check_function_bodies = off;

CREATE OR REPLACE FUNCTION app.balance_of(account_id integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$ SELECT coalesce(balance, 0) FROM app.account WHERE id = account_id $function$;

CREATE OR REPLACE FUNCTION app.fee(amount numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
 SET search_path TO 'pg_catalog'
AS $function$ SELECT round(amount * 0.015, 2) $function$;

CREATE OR REPLACE FUNCTION app.ledger_total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ SELECT sum(amount) FROM app.ledger $function$;

ALTER FUNCTION app.ledger_total() OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END
$function$;

CREATE TABLE app.ledger (
    id integer NOT NULL,
    amount numeric NOT NULL
);

ALTER TABLE app.ledger OWNER TO postgres;

ALTER TABLE app.ledger ADD CONSTRAINT ledger_pkey PRIMARY KEY (id);
