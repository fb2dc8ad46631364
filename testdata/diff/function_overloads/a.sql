CREATE SCHEMA util;

CREATE FUNCTION util.area(r double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT pi() * r * r $$;

CREATE FUNCTION util.area(w integer, h integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w * h $$;

CREATE FUNCTION util.area(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(t) $$;

CREATE FUNCTION util.describe(x integer) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'int ' || x $$;
