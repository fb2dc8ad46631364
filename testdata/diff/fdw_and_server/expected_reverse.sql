SET check_function_bodies = off;

DROP SERVER rt_plain;

DROP SERVER rt_remote;

DROP FOREIGN DATA WRAPPER rt_checked;

DROP FOREIGN DATA WRAPPER rt_loose;

CREATE FOREIGN DATA WRAPPER rt_old_wrapper;

ALTER FOREIGN DATA WRAPPER rt_old_wrapper OWNER TO postgres;

CREATE SERVER rt_old_server FOREIGN DATA WRAPPER rt_old_wrapper;

ALTER SERVER rt_old_server OWNER TO postgres;
