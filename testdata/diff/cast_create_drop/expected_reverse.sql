SET check_function_bodies = off;

DROP CAST (conv.label AS text);

DROP CAST (conv.mood AS conv.mood_label);

DROP CAST (conv.pair AS integer);

CREATE CAST (conv.pair AS integer) WITH FUNCTION conv.pair_int(conv.pair);

COMMENT ON CAST (conv.pair AS text) IS 'pair as text';

CREATE CAST (integer AS conv.pair) WITH FUNCTION conv.int_pair(integer);
