SET check_function_bodies = off;

DROP FOREIGN TABLE remote.old_log;

CREATE SERVER rt_ft_archive FOREIGN DATA WRAPPER rt_ft_wrapper OPTIONS (root '/archive');

ALTER SERVER rt_ft_archive OWNER TO postgres;

CREATE FOREIGN TABLE remote.event (
    id bigint NOT NULL,
    kind text OPTIONS (column_name 'event_kind') DEFAULT 'info'::text,
    payload jsonb
) SERVER rt_ft_archive OPTIONS (file 'events.csv', format 'csv');

COMMENT ON COLUMN remote.event.payload IS 'raw';

COMMENT ON FOREIGN TABLE remote.event IS 'archived events';

ALTER FOREIGN TABLE remote.event OWNER TO postgres;
