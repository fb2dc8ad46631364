-- Installed extensions. plpgsql is an extension too and is captured like any other.
SELECT x.oid,
       x.extname AS name,
       n.nspname AS schema,
       x.extversion AS version,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = x.oid AND d.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.objsubid = 0
