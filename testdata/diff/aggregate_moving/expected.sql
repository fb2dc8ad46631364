SET check_function_bodies = off;

CREATE OR REPLACE AGGREGATE stats.mcount(integer) (
    SFUNC = pg_catalog.int4pl,
    STYPE = integer,
    INITCOND = '0'
);

CREATE OR REPLACE AGGREGATE stats.msum(integer) (
    SFUNC = pg_catalog.int4pl,
    STYPE = integer,
    SSPACE = 16,
    INITCOND = '0',
    MSFUNC = pg_catalog.int4pl,
    MINVFUNC = pg_catalog.int4mi,
    MSTYPE = integer,
    MSSPACE = 8,
    MINITCOND = '0'
);
