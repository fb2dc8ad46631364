SET check_function_bodies = off;

DROP VIEW stats.summary;

DROP AGGREGATE stats.joined(text);

DROP AGGREGATE stats.total(n integer);

CREATE AGGREGATE stats.joined(text) (
    SFUNC = pg_catalog.textcat,
    STYPE = text,
    FINALFUNC = stats.joined_final
);

ALTER AGGREGATE stats.joined(text) OWNER TO postgres;

CREATE AGGREGATE stats.total(x integer) (
    SFUNC = pg_catalog.int4pl,
    STYPE = integer
);

ALTER AGGREGATE stats.total(x integer) OWNER TO postgres;

CREATE VIEW stats.summary AS
 SELECT stats.joined(word.w) AS words,
    stats.total(word.n) AS total
   FROM stats.word;

ALTER VIEW stats.summary OWNER TO postgres;
