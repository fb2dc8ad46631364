SET check_function_bodies = off;

DROP EVENT TRIGGER ops_ddl_end;

DROP EVENT TRIGGER ops_gone;

CREATE EVENT TRIGGER ops_ddl_end ON ddl_command_end
    WHEN TAG IN ('ALTER TABLE', 'CREATE TABLE')
    EXECUTE FUNCTION ops.note_ddl();

ALTER EVENT TRIGGER ops_ddl_end OWNER TO postgres;

ALTER EVENT TRIGGER ops_ddl_start DISABLE;

COMMENT ON EVENT TRIGGER ops_ddl_start IS 'Off until the audit table exists.';

ALTER EVENT TRIGGER ops_ddl_start OWNER TO rt_evt_owner;

CREATE EVENT TRIGGER ops_rewrite ON table_rewrite
    EXECUTE FUNCTION ops.note_ddl();

ALTER EVENT TRIGGER ops_rewrite ENABLE ALWAYS;

ALTER EVENT TRIGGER ops_rewrite OWNER TO postgres;
