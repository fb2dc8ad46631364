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
    FINALFUNC = stats.joined_final
);

CREATE AGGREGATE stats.total(x integer) (
    SFUNC = int4pl,
    STYPE = integer
);

CREATE TABLE stats.word (w text, n integer);

CREATE VIEW stats.summary AS
    SELECT stats.joined(w) AS words, stats.total(n) AS total FROM stats.word;
