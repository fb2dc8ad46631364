-- Options change in place (ALTER … OPTIONS with SET, ADD and DROP, in an
-- order that leaves them as listed here), a wrapper gains a validator
-- and a server's version is removed. A server that moves to another wrapper
-- cannot be altered: it is created again, with the foreign table on it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_fdw_user') THEN
        CREATE ROLE rt_fdw_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA remote;

CREATE FOREIGN DATA WRAPPER rt_w1 OPTIONS ("Mode" 'lenient', debug 'false', trace 'on');
CREATE FOREIGN DATA WRAPPER rt_w2 VALIDATOR postgresql_fdw_validator;

CREATE SERVER rt_s1 FOREIGN DATA WRAPPER rt_w1
    OPTIONS (host 'b.example', dbname 'app', "user" 'report');
GRANT USAGE ON FOREIGN SERVER rt_s1 TO rt_fdw_user;

CREATE SERVER rt_s2 TYPE 'kv' FOREIGN DATA WRAPPER rt_w2 OPTIONS (dbname 'kv');

CREATE FOREIGN TABLE remote.entry (k text, v text) SERVER rt_s2;
