-- Domains with every clause CREATE DOMAIN has (collation, default, NOT
-- NULL, named checks), a NOT VALID check (which CREATE DOMAIN cannot say),
-- comments on a domain and on a constraint, a grant, and a table using one.
-- The reverse drops the table before the domains.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_domain_user') THEN
        CREATE ROLE rt_domain_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE DOMAIN app.positive_int AS integer
    CONSTRAINT positive_int_check CHECK (VALUE > 0);

CREATE DOMAIN app.code AS varchar(12) COLLATE "C" DEFAULT 'none' NOT NULL
    CONSTRAINT code_upper CHECK (VALUE = upper(VALUE))
    CONSTRAINT code_not_blank CHECK (VALUE <> '');

ALTER DOMAIN app.code ADD CONSTRAINT code_short CHECK (length(VALUE) <= 8) NOT VALID;

COMMENT ON DOMAIN app.code IS 'An upper-case product code';
COMMENT ON CONSTRAINT code_upper ON DOMAIN app.code IS 'Codes are stored upper-case';

GRANT USAGE ON DOMAIN app.code TO rt_domain_user;
REVOKE USAGE ON DOMAIN app.positive_int FROM PUBLIC;

CREATE TABLE app.product (
    id app.positive_int PRIMARY KEY,
    code app.code
);
