-- Which system catalog, if any, holds a row committed after the read's
-- snapshot ($1, as pg_current_snapshot, or before 13 txid_current_snapshot,
-- printed it inside the read): see
-- changedDuringRead. It runs after the read's transaction, in a statement
-- of its own, so it sees the catalogs as they are now. A row version is
-- new when its xmin was still running when the snapshot was taken (in
-- xip), or was assigned from the snapshot's xmax up to now: new_xid lists
-- those xids, as 32-bit xids like xmin, and a hash join finds the rows
-- (comparing each row's xmin arithmetically instead took 1 s on the 10,000
-- table benchmark; the hash join costs one pass over the catalogs, and
-- none at all when no xid was assigned during the read). An old frozen row
-- (whose raw xmin may be any value) matches only if its xmin equals one of
-- those few recent xids exactly, which at worst costs one more attempt.
--
-- The catalogs are those whose rows PostgreSQL's deparse functions look up
-- in the system caches (names of schemas, relations, columns, types,
-- functions, operators, collations; index, constraint, view, trigger and
-- policy definitions). Rows of temporary objects (another session's
-- CREATE TEMP TABLE) are left out: the read never captures them.
{{- if ge .Version 130000}}
WITH snap AS (
    SELECT pg_catalog.pg_snapshot_xmax(s)::text::bigint AS xmax,
           pg_catalog.pg_snapshot_xmax(pg_catalog.pg_current_snapshot())::text::bigint AS next,
           ARRAY(SELECT x::text::bigint FROM pg_catalog.pg_snapshot_xip(s) AS x) AS xip
    FROM (SELECT $1::pg_catalog.pg_snapshot AS s) AS given
),
{{- else}}
WITH snap AS (
    SELECT pg_catalog.txid_snapshot_xmax(s) AS xmax,
           pg_catalog.txid_snapshot_xmax(pg_catalog.txid_current_snapshot()) AS next,
           ARRAY(SELECT pg_catalog.txid_snapshot_xip(s)) AS xip
    FROM (SELECT $1::pg_catalog.txid_snapshot AS s) AS given
),
{{- end}}
new_xid AS (
    SELECT (x % 4294967296)::text::pg_catalog.xid AS xid
    FROM snap, LATERAL (SELECT pg_catalog.generate_series(snap.xmax, snap.next - 1)
                        UNION ALL SELECT pg_catalog.unnest(snap.xip)) AS assigned (x)
    WHERE x % 4294967296 >= 3 -- 0, 1 and 2 are never assigned: rows of initdb have them
),
temp AS (
    SELECT oid FROM pg_catalog.pg_namespace WHERE nspname ~ '^pg_(toast_)?temp_'
), changed (catalog, xid, nsp, rel) AS (
              SELECT 'pg_namespace', xmin, oid, NULL::oid FROM pg_catalog.pg_namespace
    UNION ALL SELECT 'pg_class', xmin, relnamespace, NULL::oid FROM pg_catalog.pg_class
    UNION ALL SELECT 'pg_attribute', xmin, NULL::oid, attrelid FROM pg_catalog.pg_attribute
    UNION ALL SELECT 'pg_attrdef', xmin, NULL::oid, adrelid FROM pg_catalog.pg_attrdef
    UNION ALL SELECT 'pg_type', xmin, typnamespace, NULL::oid FROM pg_catalog.pg_type
    UNION ALL SELECT 'pg_enum', xmin, NULL::oid, NULL::oid FROM pg_catalog.pg_enum
    UNION ALL SELECT 'pg_proc', xmin, pronamespace, NULL::oid FROM pg_catalog.pg_proc
    UNION ALL SELECT 'pg_constraint', xmin, connamespace, NULL::oid FROM pg_catalog.pg_constraint
    UNION ALL SELECT 'pg_index', xmin, NULL::oid, indrelid FROM pg_catalog.pg_index
    UNION ALL SELECT 'pg_partitioned_table', xmin, NULL::oid, partrelid FROM pg_catalog.pg_partitioned_table
    UNION ALL SELECT 'pg_rewrite', xmin, NULL::oid, ev_class FROM pg_catalog.pg_rewrite
    UNION ALL SELECT 'pg_trigger', xmin, NULL::oid, tgrelid FROM pg_catalog.pg_trigger
    UNION ALL SELECT 'pg_policy', xmin, NULL::oid, polrelid FROM pg_catalog.pg_policy
    UNION ALL SELECT 'pg_collation', xmin, collnamespace, NULL::oid FROM pg_catalog.pg_collation
    UNION ALL SELECT 'pg_operator', xmin, oprnamespace, NULL::oid FROM pg_catalog.pg_operator
    UNION ALL SELECT 'pg_opclass', xmin, opcnamespace, NULL::oid FROM pg_catalog.pg_opclass
    UNION ALL SELECT 'pg_cast', xmin, NULL::oid, NULL::oid FROM pg_catalog.pg_cast
    UNION ALL SELECT 'pg_statistic_ext', xmin, stxnamespace, NULL::oid FROM pg_catalog.pg_statistic_ext
    UNION ALL SELECT 'pg_ts_config', xmin, cfgnamespace, NULL::oid FROM pg_catalog.pg_ts_config
    UNION ALL SELECT 'pg_extension', xmin, extnamespace, NULL::oid FROM pg_catalog.pg_extension
    UNION ALL SELECT 'pg_language', xmin, NULL::oid, NULL::oid FROM pg_catalog.pg_language
    UNION ALL SELECT 'pg_event_trigger', xmin, NULL::oid, NULL::oid FROM pg_catalog.pg_event_trigger
    UNION ALL SELECT 'pg_foreign_data_wrapper', xmin, NULL::oid, NULL::oid FROM pg_catalog.pg_foreign_data_wrapper
    UNION ALL SELECT 'pg_foreign_server', xmin, NULL::oid, NULL::oid FROM pg_catalog.pg_foreign_server
    UNION ALL SELECT 'pg_publication', xmin, NULL::oid, NULL::oid FROM pg_catalog.pg_publication
)
SELECT c.catalog
FROM changed AS c
JOIN new_xid AS n ON n.xid = c.xid
WHERE NOT EXISTS (SELECT FROM temp WHERE temp.oid = c.nsp)
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_class AS r JOIN temp ON temp.oid = r.relnamespace WHERE r.oid = c.rel)
LIMIT 1
