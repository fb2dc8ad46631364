-- Moving-aggregate mode (MSFUNC, MINVFUNC, MSTYPE, MSSPACE, MINITCOND) is
-- added to one aggregate and removed from another, in place.
CREATE SCHEMA stats;

CREATE AGGREGATE stats.msum(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    SSPACE = 16,
    INITCOND = '0',
    MSFUNC = int4pl,
    MINVFUNC = int4mi,
    MSTYPE = integer,
    MSSPACE = 8,
    MINITCOND = '0'
);

CREATE AGGREGATE stats.mcount(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0'
);
