SET check_function_bodies = off;

DROP VIEW ops.equal_items;

DROP OPERATOR ops.!== (ops.pair, ops.pair);

DROP OPERATOR ops.<<< (ops.pair, ops.pair);

DROP OPERATOR ops.=== (ops.pair, ops.pair);

DROP OPERATOR ops.>>> (ops.pair, ops.pair);

CREATE OPERATOR ops.!== (
    FUNCTION = ops.pair_ne,
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    RESTRICT = neqsel,
    JOIN = neqjoinsel
);

ALTER OPERATOR ops.!== (ops.pair, ops.pair) OWNER TO postgres;

CREATE OPERATOR ops.<<< (
    FUNCTION = ops.pair_lt,
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    COMMUTATOR = OPERATOR(ops.>>>)
);

ALTER OPERATOR ops.<<< (ops.pair, ops.pair) OWNER TO postgres;

CREATE OPERATOR ops.=== (
    FUNCTION = ops.pair_eq,
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    RESTRICT = eqsel,
    JOIN = eqjoinsel
);

ALTER OPERATOR ops.=== (ops.pair, ops.pair) OWNER TO postgres;

CREATE OPERATOR ops.>>> (
    FUNCTION = ops.pair_gt,
    LEFTARG = ops.pair,
    RIGHTARG = ops.pair,
    COMMUTATOR = OPERATOR(ops.<<<)
);

ALTER OPERATOR ops.>>> (ops.pair, ops.pair) OWNER TO postgres;

CREATE VIEW ops.equal_items AS
 SELECT i.p
   FROM (ops.item i
     JOIN ops.item j ON ((i.p OPERATOR(ops.===) j.p)));

ALTER VIEW ops.equal_items OWNER TO postgres;
