-- Foreign-data wrappers not created by an extension (postgres_fdw and
-- file_fdw are represented by theirs). Handler and validator print in
-- regproc form, as CREATE FOREIGN DATA WRAPPER … HANDLER/VALIDATOR takes them.
SELECT w.oid,
       w.fdwname AS name,
       CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::pg_catalog.regproc::text ELSE '' END AS handler,
       CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::pg_catalog.regproc::text ELSE '' END AS validator,
       coalesce(w.fdwoptions, '{}') AS options,
       pg_catalog.pg_get_userbyid(w.fdwowner) AS owner,
       coalesce(w.fdwacl, pg_catalog.acldefault('F', w.fdwowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_foreign_data_wrapper w
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = w.oid AND d.classoid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                    AND e.objid = w.oid AND e.deptype = 'e')
