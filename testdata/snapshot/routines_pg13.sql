-- Additions to routines.sql for PostgreSQL 13 and later.

-- Statistics targets of extended statistics are settable from 13.
ALTER STATISTICS ops.measure_mcv SET STATISTICS 500;

-- Partitioned tables can be published from 13, as their root if asked.
CREATE PUBLICATION pub_root FOR TABLE logic.event WITH (publish_via_partition_root = true);
COMMENT ON PUBLICATION pub_root IS 'publishes partitions as their root';
