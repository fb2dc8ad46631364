-- Event triggers not created by an extension.
SELECT t.oid,
       t.evtname AS name,
       t.evtevent AS event,
       coalesce(t.evttags, '{}') AS tags,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       t.evtenabled::text AS enabled,
       pg_catalog.pg_get_userbyid(t.evtowner) AS owner,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_event_trigger t
JOIN pg_catalog.pg_proc f ON f.oid = t.evtfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                    AND e.objid = t.oid AND e.deptype = 'e')
