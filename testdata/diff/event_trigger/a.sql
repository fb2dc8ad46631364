DO $$
BEGIN
    -- Event triggers must be owned by superusers.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_evt_owner') THEN
        CREATE ROLE rt_evt_owner NOLOGIN SUPERUSER;
    END IF;
END
$$;

CREATE SCHEMA ops;

CREATE FUNCTION ops.note_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NULL;
END
$$;

CREATE FUNCTION ops.note_drop() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NULL;
END
$$;

CREATE EVENT TRIGGER ops_ddl_end ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION ops.note_ddl();

CREATE EVENT TRIGGER ops_ddl_start ON ddl_command_start
    EXECUTE FUNCTION ops.note_ddl();

CREATE EVENT TRIGGER ops_gone ON sql_drop
    EXECUTE FUNCTION ops.note_drop();
