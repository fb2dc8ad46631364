-- Overloads share a name: one is dropped, one added, one changes its
-- return type (which needs DROP and CREATE, CREATE OR REPLACE refuses),
-- and the others must be left alone.
CREATE SCHEMA util;

CREATE FUNCTION util.area(r double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT pi() * r * r $$;

CREATE FUNCTION util.area(w integer, h integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w::bigint * h $$;

CREATE FUNCTION util.area(w integer, h integer, d integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w::bigint * h * d $$;

CREATE FUNCTION util.describe(x integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'int ' || x $$;

CREATE FUNCTION util.describe(x text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'text ' || x $$;
