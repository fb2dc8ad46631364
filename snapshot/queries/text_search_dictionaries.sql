-- Text search dictionaries of user schemas. dictinitoption is the option
-- list as the server serialized it ("name = 'value', …"), ready to be
-- written back after TEMPLATE. Names come from joins, not from regdictionary
-- or pg_get_userbyid output, so a concurrent drop cannot print a placeholder.
SELECT d.oid,
       n.nspname AS schema,
       d.dictname AS name,
       tn.nspname AS template_schema,
       t.tmplname AS template_name,
       coalesce(d.dictinitoption, '') AS options,
       coalesce(r.rolname, '') AS owner,
       coalesce(ds.description, '') AS comment
FROM pg_catalog.pg_ts_dict d
JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
LEFT JOIN pg_catalog.pg_roles r ON r.oid = d.dictowner
LEFT JOIN pg_catalog.pg_description ds
       ON ds.objoid = d.oid AND ds.classoid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND ds.objsubid = 0
WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                  WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass
                    AND e.objid = d.oid AND e.deptype = 'e')
