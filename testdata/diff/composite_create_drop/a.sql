DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_composite_user') THEN
        CREATE ROLE rt_composite_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
