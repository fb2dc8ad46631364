-- Procedural languages created with CREATE LANGUAGE. internal, c and sql are
-- built in (lanispl false); languages an extension created (plpgsql, plperl,
-- …) are represented by their extension.
SELECT l.oid,
       l.lanname AS name,
       l.lanpltrusted AS trusted,
       CASE WHEN l.lanplcallfoid <> 0 THEN l.lanplcallfoid::pg_catalog.regprocedure::text ELSE '' END AS handler,
       CASE WHEN l.laninline <> 0 THEN l.laninline::pg_catalog.regprocedure::text ELSE '' END AS inline,
       CASE WHEN l.lanvalidator <> 0 THEN l.lanvalidator::pg_catalog.regprocedure::text ELSE '' END AS validator,
       pg_catalog.pg_get_userbyid(l.lanowner) AS owner,
       coalesce(l.lanacl, pg_catalog.acldefault('l', l.lanowner))::text[] AS acl,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_language l
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = l.oid AND d.classoid = 'pg_catalog.pg_language'::pg_catalog.regclass AND d.objsubid = 0
WHERE l.lanispl
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_language'::pg_catalog.regclass
                    AND e.objid = l.oid AND e.deptype = 'e')
