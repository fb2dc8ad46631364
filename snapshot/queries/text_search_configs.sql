-- Text search configurations of user schemas, one row per mapping entry
-- (dictionary of a token type, in mapseqno order) and one with null
-- mapping columns for a configuration with no mappings. Token types are
-- named by their alias from the parser's ts_token_type, as ALTER TEXT
-- SEARCH CONFIGURATION wants them; tokid orders them.
WITH configs AS (
    SELECT c.oid, n.nspname AS schema, c.cfgname AS name, c.cfgparser,
           pn.nspname AS parser_schema, p.prsname AS parser_name,
           coalesce(r.rolname, '') AS owner,
           coalesce(ds.description, '') AS comment
    FROM pg_catalog.pg_ts_config c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
    JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
    JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
    LEFT JOIN pg_catalog.pg_roles r ON r.oid = c.cfgowner
    LEFT JOIN pg_catalog.pg_description ds
           ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND ds.objsubid = 0
    WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
      AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                      WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass
                        AND e.objid = c.oid AND e.deptype = 'e')
), parsers AS (
    SELECT DISTINCT cfgparser FROM configs
), token_types AS (
    SELECT ps.cfgparser, tt.tokid, tt.alias
    FROM parsers ps, LATERAL pg_catalog.ts_token_type(ps.cfgparser) tt
)
SELECT c.oid, c.schema, c.name, c.parser_schema, c.parser_name, c.owner, c.comment,
       m.maptokentype AS token_id,
       coalesce(tt.alias, m.maptokentype::text) AS token_type,
       dn.nspname AS dict_schema,
       d.dictname AS dict_name
FROM configs c
LEFT JOIN pg_catalog.pg_ts_config_map m ON m.mapcfg = c.oid
LEFT JOIN token_types tt ON tt.cfgparser = c.cfgparser AND tt.tokid = m.maptokentype
LEFT JOIN pg_catalog.pg_ts_dict d ON d.oid = m.mapdict
LEFT JOIN pg_catalog.pg_namespace dn ON dn.oid = d.dictnamespace
ORDER BY c.oid, m.maptokentype, m.mapseqno
