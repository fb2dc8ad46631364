SET check_function_bodies = off;

DROP FOREIGN TABLE remote.event;

DROP SERVER rt_ft_archive;

CREATE FOREIGN TABLE remote.old_log (
    at timestamp with time zone,
    line text
) SERVER rt_ft_server OPTIONS (file 'old.log');

ALTER FOREIGN TABLE remote.old_log OWNER TO postgres;
