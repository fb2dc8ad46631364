SET check_function_bodies = off;

DROP EVENT TRIGGER ops_ddl_end;

DROP EVENT TRIGGER ops_rewrite;

CREATE EVENT TRIGGER ops_ddl_end ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION ops.note_ddl();

ALTER EVENT TRIGGER ops_ddl_end OWNER TO postgres;

ALTER EVENT TRIGGER ops_ddl_start ENABLE;

COMMENT ON EVENT TRIGGER ops_ddl_start IS NULL;

ALTER EVENT TRIGGER ops_ddl_start OWNER TO postgres;

CREATE EVENT TRIGGER ops_gone ON sql_drop
    EXECUTE FUNCTION ops.note_drop();

ALTER EVENT TRIGGER ops_gone OWNER TO postgres;
