DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_fdw_user') THEN
        CREATE ROLE rt_fdw_user NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA remote;

CREATE FOREIGN DATA WRAPPER rt_w1 OPTIONS (debug 'false', "Mode" 'strict');
CREATE FOREIGN DATA WRAPPER rt_w2;

CREATE SERVER rt_s1 VERSION '1' FOREIGN DATA WRAPPER rt_w1
    OPTIONS (host 'a.example', port '5432', dbname 'app');
GRANT USAGE ON FOREIGN SERVER rt_s1 TO rt_fdw_user;

CREATE SERVER rt_s2 TYPE 'kv' FOREIGN DATA WRAPPER rt_w1 OPTIONS (dbname 'kv');

CREATE FOREIGN TABLE remote.entry (k text, v text) SERVER rt_s2;
