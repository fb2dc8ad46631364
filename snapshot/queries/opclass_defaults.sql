-- The default operator classes of the built-in index access methods:
-- pg_get_indexdef names a column's class unless it is the one PostgreSQL
-- would choose for the column's type (GetDefaultOpClass), which
-- deparse_opclass.go works out from these, opclass_types.sql and
-- binary_casts.sql. takes_options: the class has an options support
-- function (PostgreSQL 13+; its number differs per access method), so a
-- column may carry options that print after it.
SELECT oc.oid, am.amname AS access_method, oc.opcintype AS input_type,
       {{- if ge .Version 130000}}
       EXISTS (SELECT FROM pg_catalog.pg_amproc p
               WHERE p.amprocfamily = oc.opcfamily
                 AND p.amprocnum = CASE am.amname WHEN 'btree' THEN 5 WHEN 'hash' THEN 3 WHEN 'gist' THEN 10
                                                  WHEN 'gin' THEN 7 WHEN 'spgist' THEN 6 WHEN 'brin' THEN 5 END) AS takes_options
       {{- else}}
       false AS takes_options
       {{- end}}
FROM pg_catalog.pg_opclass oc
JOIN pg_catalog.pg_am am ON am.oid = oc.opcmethod
WHERE oc.opcdefault AND am.amname IN ('btree', 'hash', 'gist', 'gin', 'spgist', 'brin')
