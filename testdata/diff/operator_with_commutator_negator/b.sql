-- === and !== become each other's negators and their own commutators, and
-- === can hash and merge. Before PostgreSQL 17 both must be dropped and
-- created again (the view using === with them); from 17, ALTER OPERATOR
-- SET can add the links, but never change or remove them. <<< and >>> lose
-- their commutator links, which always needs re-creation.
CREATE SCHEMA ops;

CREATE TYPE ops.pair AS (a integer, b integer);

CREATE FUNCTION ops.pair_eq(x ops.pair, y ops.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT x.a = y.a AND x.b = y.b';

CREATE FUNCTION ops.pair_ne(x ops.pair, y ops.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT NOT (x.a = y.a AND x.b = y.b)';

CREATE FUNCTION ops.pair_lt(x ops.pair, y ops.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT (x.a, x.b) < (y.a, y.b)';

CREATE FUNCTION ops.pair_gt(x ops.pair, y ops.pair) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT (x.a, x.b) > (y.a, y.b)';

CREATE OPERATOR ops.=== (
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    FUNCTION = ops.pair_eq,
    COMMUTATOR = OPERATOR(ops.===),
    NEGATOR = OPERATOR(ops.!==),
    RESTRICT = eqsel,
    JOIN = eqjoinsel,
    HASHES,
    MERGES
);

CREATE OPERATOR ops.!== (
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    FUNCTION = ops.pair_ne,
    COMMUTATOR = OPERATOR(ops.!==),
    NEGATOR = OPERATOR(ops.===),
    RESTRICT = neqsel,
    JOIN = neqjoinsel
);

CREATE OPERATOR ops.<<< (
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    FUNCTION = ops.pair_lt
);

CREATE OPERATOR ops.>>> (
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    FUNCTION = ops.pair_gt
);

CREATE TABLE ops.item (p ops.pair);
CREATE VIEW ops.equal_items AS
    SELECT i.p FROM ops.item i JOIN ops.item j ON i.p OPERATOR(ops.===) j.p;
