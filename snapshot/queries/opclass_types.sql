-- What choosing a default operator class needs to know about types (see
-- deparse_opclass.go): base and pseudo types, enums, ranges, multiranges,
-- domains and arrays of these. Row types of tables and their arrays (most
-- of pg_type in a big schema) are left out: an index on such a column is
-- left to pg_get_indexdef.
SELECT t.oid, t.typtype::text AS type_kind, t.typbasetype AS base_type,
       t.typcategory::text AS category, t.typispreferred AS preferred,
       {{- if ge .Version 140000}}
       t.typelem <> 0 AND t.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc AS is_array
       {{- else}}
       t.typelem <> 0 AND t.typlen = -1 AS is_array
       {{- end}}
FROM pg_catalog.pg_type t
LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem
WHERE t.typtype <> 'c' AND coalesce(e.typtype, '') <> 'c'
