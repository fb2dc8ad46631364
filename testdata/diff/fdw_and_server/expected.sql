SET check_function_bodies = off;

DROP SERVER rt_old_server;

DROP FOREIGN DATA WRAPPER rt_old_wrapper;

CREATE FOREIGN DATA WRAPPER rt_checked VALIDATOR postgresql_fdw_validator;

COMMENT ON FOREIGN DATA WRAPPER rt_checked IS 'options checked as libpq options';

ALTER FOREIGN DATA WRAPPER rt_checked OWNER TO postgres;

GRANT USAGE ON FOREIGN DATA WRAPPER rt_checked TO rt_fdw_user;

CREATE FOREIGN DATA WRAPPER rt_loose OPTIONS (debug 'true', mode 'strict');

ALTER FOREIGN DATA WRAPPER rt_loose OWNER TO postgres;

CREATE SERVER rt_plain FOREIGN DATA WRAPPER rt_loose;

ALTER SERVER rt_plain OWNER TO postgres;

CREATE SERVER rt_remote TYPE 'postgres' VERSION '15' FOREIGN DATA WRAPPER rt_checked OPTIONS (host 'db.example', port '5432', dbname 'app');

COMMENT ON SERVER rt_remote IS 'the reporting replica';

ALTER SERVER rt_remote OWNER TO rt_fdw_owner;

GRANT USAGE ON FOREIGN SERVER rt_remote TO rt_fdw_user WITH GRANT OPTION;
