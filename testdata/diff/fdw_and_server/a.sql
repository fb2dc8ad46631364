DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_fdw_user') THEN
        CREATE ROLE rt_fdw_user NOLOGIN;
    END IF;
END
$$;

CREATE FOREIGN DATA WRAPPER rt_old_wrapper;
CREATE SERVER rt_old_server FOREIGN DATA WRAPPER rt_old_wrapper;
