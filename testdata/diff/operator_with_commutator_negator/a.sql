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
    RESTRICT = eqsel,
    JOIN = eqjoinsel
);

CREATE OPERATOR ops.!== (
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    FUNCTION = ops.pair_ne,
    RESTRICT = neqsel,
    JOIN = neqjoinsel
);

CREATE OPERATOR ops.<<< (
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    FUNCTION = ops.pair_lt,
    COMMUTATOR = OPERATOR(ops.>>>)
);

CREATE OPERATOR ops.>>> (
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    FUNCTION = ops.pair_gt,
    COMMUTATOR = OPERATOR(ops.<<<)
);

CREATE TABLE ops.item (p ops.pair);
CREATE VIEW ops.equal_items AS
    SELECT i.p FROM ops.item i JOIN ops.item j ON i.p OPERATOR(ops.===) j.p;
