SET check_function_bodies = off;

CREATE SEQUENCE app.audit_log_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;

ALTER SEQUENCE app.audit_log_id_seq OWNER TO postgres;

CREATE TABLE app.account (
    id integer NOT NULL,
    name text NOT NULL
);

ALTER TABLE app.account OWNER TO postgres;

CREATE TABLE app.audit_log (
    id bigint DEFAULT nextval('app.audit_log_id_seq'::regclass) NOT NULL,
    happened_at timestamp with time zone DEFAULT now() NOT NULL,
    message text
);

ALTER TABLE app.audit_log OWNER TO postgres;

ALTER SEQUENCE app.audit_log_id_seq OWNED BY app.audit_log.id;

ALTER TABLE app.account ADD CONSTRAINT account_pkey PRIMARY KEY (id);

ALTER TABLE app.audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);

ALTER TABLE app.invoice ADD CONSTRAINT invoice_account_id_fkey FOREIGN KEY (account_id) REFERENCES app.account(id);
