-- Foreign tables are tables with RelKind f: one is dropped and one created
-- on a new server (created first), with table and column options, a NOT
-- NULL column, a default and comments.
CREATE SCHEMA remote;

CREATE FOREIGN DATA WRAPPER rt_ft_wrapper;
CREATE SERVER rt_ft_server FOREIGN DATA WRAPPER rt_ft_wrapper;
CREATE SERVER rt_ft_archive FOREIGN DATA WRAPPER rt_ft_wrapper OPTIONS (root '/archive');

CREATE FOREIGN TABLE remote.event (
    id bigint NOT NULL,
    kind text OPTIONS (column_name 'event_kind') DEFAULT 'info',
    payload jsonb
) SERVER rt_ft_archive OPTIONS (file 'events.csv', format 'csv');
COMMENT ON FOREIGN TABLE remote.event IS 'archived events';
COMMENT ON COLUMN remote.event.payload IS 'raw';
