-- Without --with-privileges, a range type re-created because its subtype
-- changes gives its constructors back the owner and privileges they had in
-- the source (matched by name and number of arguments, as their argument
-- types follow the subtype); the target's are not compared.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_rk_owner') THEN
        CREATE ROLE rt_rk_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt_rk_reader') THEN
        CREATE ROLE rt_rk_reader NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA app;

CREATE TYPE app.span AS RANGE (subtype = int4);
REVOKE EXECUTE ON FUNCTION app.span(int4, int4) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.span(int4, int4) TO rt_rk_reader;
ALTER FUNCTION app.span(int4, int4, text) OWNER TO rt_rk_owner;
COMMENT ON FUNCTION app.span(int4, int4) IS 'lower and upper';
CREATE TABLE app.booking (id int PRIMARY KEY, during app.span);
INSERT INTO app.booking VALUES (1, '[1,5)'), (2, '[7,9]');
