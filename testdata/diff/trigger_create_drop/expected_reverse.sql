SET check_function_bodies = off;

DROP TABLE app.ledger;

DROP FUNCTION app.apply_amount();

CREATE TABLE app.scratch (
    id integer NOT NULL,
    note text
);

ALTER TABLE app.scratch OWNER TO postgres;

ALTER TABLE app.scratch ADD CONSTRAINT scratch_pkey PRIMARY KEY (id);

CREATE TRIGGER account_no_truncate BEFORE TRUNCATE ON app.account
    FOR EACH STATEMENT
    EXECUTE FUNCTION app.forbid();

CREATE TRIGGER scratch_no_delete BEFORE DELETE ON app.scratch
    FOR EACH ROW
    EXECUTE FUNCTION app.forbid();
