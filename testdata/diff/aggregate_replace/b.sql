-- joined's final function now returns another type and total's argument
-- is renamed: CREATE OR REPLACE AGGREGATE refuses both, so both are
-- dropped and created again, and the view that uses them with them.
CREATE SCHEMA stats;

CREATE FUNCTION stats.joined_final(state text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT coalesce(state, '') $$;

CREATE FUNCTION stats.joined_length(state text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(state) $$;

CREATE AGGREGATE stats.joined(text) (
    SFUNC = textcat,
    STYPE = text,
    FINALFUNC = stats.joined_length
);

CREATE AGGREGATE stats.total(n integer) (
    SFUNC = int4pl,
    STYPE = integer
);

CREATE TABLE stats.word (w text, n integer);

CREATE VIEW stats.summary AS
    SELECT stats.joined(w) AS words, stats.total(n) AS total FROM stats.word;
