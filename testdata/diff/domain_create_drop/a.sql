DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_domain_user') THEN
        CREATE ROLE rt_domain_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
