SET check_function_bodies = off;

DROP OPERATOR ops.## (NONE, integer);

CREATE OPERATOR ops.|+| (
    FUNCTION = ops.concat_sp,
    LEFTARG = text,
    RIGHTARG = text
);

ALTER OPERATOR ops.|+| (text, text) OWNER TO postgres;

ALTER OPERATOR ops.~~~ (integer, integer) SET (RESTRICT = NONE, JOIN = NONE);

COMMENT ON OPERATOR ops.~~~ (integer, integer) IS 'within one';

ALTER OPERATOR ops.~~~ (integer, integer) OWNER TO postgres;
