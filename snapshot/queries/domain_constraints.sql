-- CHECK constraints of user domains. NOT NULL (a constraint row from
-- PostgreSQL 17) is captured as Domain.NotNull instead.
SELECT con.oid,
       con.contypid AS domain_oid,
       con.conname AS name,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       con.convalidated AS validated,
       coalesce(d.description, '') AS comment
FROM pg_catalog.pg_constraint con
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0
WHERE con.contypid <> 0 AND con.contype = 'c'
ORDER BY con.contypid, con.conname
