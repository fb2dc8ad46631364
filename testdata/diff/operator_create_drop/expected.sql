SET check_function_bodies = off;

DROP OPERATOR ops.|+| (text, text);

CREATE OPERATOR ops.## (
    FUNCTION = ops.square,
    RIGHTARG = integer
);

COMMENT ON OPERATOR ops.## (NONE, integer) IS 'prefix square';

ALTER OPERATOR ops.## (NONE, integer) OWNER TO postgres;

ALTER OPERATOR ops.~~~ (integer, integer) SET (RESTRICT = scalarlesel, JOIN = scalarlejoinsel);

COMMENT ON OPERATOR ops.~~~ (integer, integer) IS 'within one of each other';

ALTER OPERATOR ops.~~~ (integer, integer) OWNER TO rt_op_owner;
