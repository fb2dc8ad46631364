DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_op_owner') THEN
        CREATE ROLE rt_op_owner NOLOGIN SUPERUSER;
    END IF;
END
$$;

CREATE SCHEMA ops;

CREATE FUNCTION ops.near(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT abs(a - b) <= 1';

CREATE FUNCTION ops.square(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT x * x';

CREATE FUNCTION ops.concat_sp(a text, b text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT a || ' ' || b $$;

CREATE OPERATOR ops.~~~ (
    LEFTARG = integer,
    RIGHTARG = integer,
    FUNCTION = ops.near
);
COMMENT ON OPERATOR ops.~~~ (integer, integer) IS 'within one';

CREATE OPERATOR ops.|+| (
    LEFTARG = text,
    RIGHTARG = text,
    FUNCTION = ops.concat_sp
);
