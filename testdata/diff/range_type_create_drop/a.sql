DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_range_user') THEN
        CREATE ROLE rt_range_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;
