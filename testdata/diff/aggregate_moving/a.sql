CREATE SCHEMA stats;

CREATE AGGREGATE stats.msum(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0'
);

CREATE AGGREGATE stats.mcount(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0',
    MSFUNC = int4pl,
    MINVFUNC = int4mi,
    MSTYPE = integer,
    MINITCOND = '0'
);
