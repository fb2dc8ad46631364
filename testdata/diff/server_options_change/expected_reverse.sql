SET check_function_bodies = off;

DROP FOREIGN TABLE remote.entry;

DROP SERVER rt_s2;

ALTER FOREIGN DATA WRAPPER rt_w1 OPTIONS (DROP "Mode", DROP trace, ADD "Mode" 'strict');

ALTER FOREIGN DATA WRAPPER rt_w2 NO VALIDATOR;

ALTER SERVER rt_s1 VERSION '1' OPTIONS (SET host 'a.example', DROP dbname, DROP "user", ADD port '5432', ADD dbname 'app');

CREATE SERVER rt_s2 TYPE 'kv' FOREIGN DATA WRAPPER rt_w1 OPTIONS (dbname 'kv');

ALTER SERVER rt_s2 OWNER TO postgres;

CREATE FOREIGN TABLE remote.entry (
    k text,
    v text
) SERVER rt_s2;

ALTER FOREIGN TABLE remote.entry OWNER TO postgres;
