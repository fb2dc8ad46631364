CREATE SCHEMA remote;

CREATE FOREIGN DATA WRAPPER rt_ft_wrapper;
CREATE SERVER rt_ft_server FOREIGN DATA WRAPPER rt_ft_wrapper;

CREATE FOREIGN TABLE remote.old_log (
    at timestamptz,
    line text
) SERVER rt_ft_server OPTIONS (file 'old.log');
