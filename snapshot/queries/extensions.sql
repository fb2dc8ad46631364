-- Installed extensions. plpgsql is an extension too and is captured like any other.
SELECT x.oid,
       x.extname AS name,
       n.nspname AS schema,
       x.extversion AS version,
       coalesce(d.description, '') AS comment,
       -- The versions an ALTER EXTENSION … UPDATE can reach on this
       -- server, so that an offline diff knows when it cannot. Only asked
       -- of extensions whose control file is still installed: the function
       -- fails for the others, and they have no update paths anyway.
       CASE WHEN a.name IS NOT NULL
            THEN (SELECT pg_catalog.array_agg(u.target ORDER BY u.target COLLATE "C")
                  FROM pg_catalog.pg_extension_update_paths(x.extname) u
                  WHERE u.source = x.extversion AND u.path IS NOT NULL)
       END AS update_targets,
       a.name IS NOT NULL AS updates_known
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
-- One scan of the extension directory for all rows (the view reads every
-- control file), not one per extension.
LEFT JOIN (SELECT name FROM pg_catalog.pg_available_extensions) a ON a.name = x.extname
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = x.oid AND d.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.objsubid = 0
