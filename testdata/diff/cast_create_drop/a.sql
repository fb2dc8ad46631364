CREATE SCHEMA conv;

CREATE TYPE conv.pair AS (a integer, b integer);
CREATE TYPE conv.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE conv.mood_label AS ENUM ('sad', 'ok', 'happy');

-- A base type laid out like text is binary-coercible to it. (Base types are
-- not modeled; this one is the same on both sides.)
CREATE TYPE conv.label;
CREATE FUNCTION conv.label_in(cstring) RETURNS conv.label LANGUAGE internal IMMUTABLE STRICT AS 'textin';
CREATE FUNCTION conv.label_out(conv.label) RETURNS cstring LANGUAGE internal IMMUTABLE STRICT AS 'textout';
CREATE TYPE conv.label (INPUT = conv.label_in, OUTPUT = conv.label_out, LIKE = text);

CREATE FUNCTION conv.pair_text(p conv.pair) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT p.a || '/' || p.b $$;

CREATE FUNCTION conv.pair_int(p conv.pair) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT p.a + p.b';

CREATE FUNCTION conv.int_pair(i integer) RETURNS conv.pair
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT ROW(i, i)::conv.pair';

CREATE CAST (conv.pair AS text) WITH FUNCTION conv.pair_text(conv.pair) AS ASSIGNMENT;
COMMENT ON CAST (conv.pair AS text) IS 'pair as text';

CREATE CAST (conv.pair AS integer) WITH FUNCTION conv.pair_int(conv.pair);

CREATE CAST (integer AS conv.pair) WITH FUNCTION conv.int_pair(integer);
