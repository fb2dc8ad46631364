SET check_function_bodies = off;

DROP CAST (conv.pair AS integer);

DROP CAST (integer AS conv.pair);

CREATE CAST (conv.label AS text) WITHOUT FUNCTION AS IMPLICIT;

CREATE CAST (conv.mood AS conv.mood_label) WITH INOUT AS IMPLICIT;

COMMENT ON CAST (conv.mood AS conv.mood_label) IS 'through text';

CREATE CAST (conv.pair AS integer) WITH FUNCTION conv.pair_int(conv.pair) AS IMPLICIT;

COMMENT ON CAST (conv.pair AS text) IS 'pair as a/b';
