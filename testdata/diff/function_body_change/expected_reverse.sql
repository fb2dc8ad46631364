SET check_function_bodies = off;

DROP TABLE app.ledger;

DROP FUNCTION app.ledger_total();

CREATE OR REPLACE FUNCTION app.balance_of(account_id integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ SELECT balance FROM app.account WHERE id = account_id $function$;

CREATE OR REPLACE FUNCTION app.fee(amount numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT round(amount * 0.01, 2) $function$;

CREATE OR REPLACE FUNCTION app.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$function$;
