SET check_function_bodies = off;

CREATE DOMAIN app.code AS character varying(12) COLLATE pg_catalog."C" DEFAULT 'none'::character varying NOT NULL
    CONSTRAINT code_not_blank CHECK (((VALUE)::text <> ''::text))
    CONSTRAINT code_upper CHECK (((VALUE)::text = upper((VALUE)::text)));

ALTER DOMAIN app.code ADD CONSTRAINT code_short CHECK ((length((VALUE)::text) <= 8)) NOT VALID;

COMMENT ON CONSTRAINT code_upper ON DOMAIN app.code IS 'Codes are stored upper-case';

COMMENT ON DOMAIN app.code IS 'An upper-case product code';

ALTER DOMAIN app.code OWNER TO postgres;

GRANT USAGE ON DOMAIN app.code TO rt_domain_user;

CREATE DOMAIN app.positive_int AS integer
    CONSTRAINT positive_int_check CHECK ((VALUE > 0));

ALTER DOMAIN app.positive_int OWNER TO postgres;

REVOKE USAGE ON DOMAIN app.positive_int FROM PUBLIC;

CREATE TABLE app.product (
    id app.positive_int NOT NULL,
    code app.code
);

ALTER TABLE app.product OWNER TO postgres;

ALTER TABLE app.product ADD CONSTRAINT product_pkey PRIMARY KEY (id);
