SET check_function_bodies = off;

DROP FOREIGN TABLE remote.entry;

DROP SERVER rt_s2;

ALTER FOREIGN DATA WRAPPER rt_w1 OPTIONS (DROP debug, SET "Mode" 'lenient', ADD debug 'false', ADD trace 'on');

ALTER FOREIGN DATA WRAPPER rt_w2 VALIDATOR postgresql_fdw_validator;

ALTER SERVER rt_s1 VERSION NULL OPTIONS (SET host 'b.example', DROP port, ADD "user" 'report');

CREATE SERVER rt_s2 TYPE 'kv' FOREIGN DATA WRAPPER rt_w2 OPTIONS (dbname 'kv');

ALTER SERVER rt_s2 OWNER TO postgres;

CREATE FOREIGN TABLE remote.entry (
    k text,
    v text
) SERVER rt_s2;

ALTER FOREIGN TABLE remote.entry OWNER TO postgres;
