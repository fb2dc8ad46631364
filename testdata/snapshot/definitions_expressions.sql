-- Indexes on expressions and partial indexes in many shapes, for the test
-- that the reader builds their definitions exactly as pg_get_indexdef
-- prints them (deparse_index.go, deparse_expression.go). Loaded after
-- definitions.sql, whose schema, types and tables it uses.
CREATE FUNCTION defs.norm(text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower($1)';
CREATE FUNCTION defs.short(text) RETURNS defs.short_text LANGUAGE sql IMMUTABLE AS 'SELECT left($1, 20)::defs.short_text';
CREATE FUNCTION "Defs Quoted"."Odd Name"(integer, integer DEFAULT 0) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE TABLE defs.exprs (
    id int NOT NULL,
    t text,
    tc text COLLATE "C",
    v varchar(40),
    "Mixed Case" text,
    n numeric,
    a int,
    b int,
    j jsonb,
    ts timestamp,
    tz timestamptz,
    d date,
    e defs.mood,
    r int4range,
    tsv tsvector,
    arr int[],
    deleted_at timestamptz,
    status text
);
-- Function calls (printed without brackets).
CREATE INDEX ON defs.exprs (lower(t));
CREATE INDEX ON defs.exprs (upper(v));
CREATE INDEX ON defs.exprs (lower(tc));
CREATE INDEX ON defs.exprs (lower("Mixed Case"));
CREATE INDEX ON defs.exprs (defs.norm(t));
CREATE INDEX ON defs.exprs (defs.short(t));
CREATE INDEX ON defs.exprs ("Defs Quoted"."Odd Name"(a));
CREATE INDEX ON defs.exprs ("Defs Quoted"."Odd Name"(a, b));
CREATE INDEX ON defs.exprs (date_trunc('month', ts));
CREATE INDEX ON defs.exprs (date_trunc('day', tz AT TIME ZONE 'UTC'));
CREATE INDEX ON defs.exprs (md5(t));
CREATE INDEX ON defs.exprs (coalesce(a, b));
CREATE INDEX ON defs.exprs (greatest(a, b));
CREATE INDEX ON defs.exprs (nullif(a, 0));
CREATE INDEX ON defs.exprs (EXTRACT(year FROM d));
CREATE INDEX ON defs.exprs (substring(t FROM 1 FOR 3));
CREATE INDEX ON defs.exprs (left(t, 3) DESC);
CREATE INDEX ON defs.exprs (lower(t) NULLS FIRST);
CREATE INDEX ON defs.exprs (lower(t) DESC NULLS LAST);
CREATE INDEX ON defs.exprs (make_date(year => a, month => 1, day => 1));
CREATE INDEX ON defs.exprs (jsonb_extract_path_text(j, 'a', 'b'));
CREATE INDEX ON defs.exprs (array_length(arr, 1));
CREATE INDEX ON defs.exprs (lower(t) text_pattern_ops);
CREATE INDEX ON defs.exprs (lower(t) COLLATE "C");
CREATE INDEX ON defs.exprs (lower(tc) COLLATE "default");
CREATE INDEX ON defs.exprs (lower(t COLLATE "C"));
CREATE INDEX ON defs.exprs (upper(v) varchar_pattern_ops);
CREATE INDEX ON defs.exprs USING hash (lower(t));
CREATE INDEX ON defs.exprs USING brin (date_trunc('day', ts));
CREATE INDEX ON defs.exprs USING gin (to_tsvector('english'::regconfig, t));
CREATE INDEX ON defs.exprs USING gist (int4range(a, b));
CREATE INDEX ON defs.exprs USING spgist (lower(t));
-- Casts, operators and other expressions (printed in brackets).
CREATE INDEX ON defs.exprs ((t::varchar));
CREATE INDEX ON defs.exprs ((v::text));
CREATE INDEX ON defs.exprs ((a::bigint));
CREATE INDEX ON defs.exprs ((n::int));
CREATE INDEX ON defs.exprs ((ts::date));
CREATE INDEX ON defs.exprs ((CAST(a AS numeric)));
CREATE INDEX ON defs.exprs ((a + b));
CREATE INDEX ON defs.exprs ((a * 2 + 1));
CREATE INDEX ON defs.exprs ((t || v));
CREATE INDEX ON defs.exprs ((j ->> 'name'));
CREATE INDEX ON defs.exprs ((j -> 'tags'));
CREATE INDEX ON defs.exprs (((j ->> 'n')::int));
CREATE INDEX ON defs.exprs ((j #>> '{a,b}'));
CREATE INDEX ON defs.exprs ((-a));
CREATE INDEX ON defs.exprs ((a IS NULL));
CREATE INDEX ON defs.exprs ((t IS NOT DISTINCT FROM v));
CREATE INDEX ON defs.exprs ((CASE WHEN a > 0 THEN 'pos' ELSE 'neg' END));
CREATE INDEX ON defs.exprs ((tc || 'x'));
CREATE INDEX ON defs.exprs ((t COLLATE "C"));
CREATE INDEX ON defs.exprs ((a = ANY (arr)));
CREATE INDEX ON defs.exprs ((lower(t) || upper(v)) text_pattern_ops);
CREATE INDEX ON defs.exprs USING gin ((j -> 'tags') jsonb_path_ops);
CREATE INDEX ON defs.exprs USING gist ((r * int4range(0, 10)));
-- Expressions beside columns, and more than one expression.
CREATE INDEX ON defs.exprs (id, lower(t));
CREATE INDEX ON defs.exprs (lower(t), id DESC);
CREATE UNIQUE INDEX ON defs.exprs (id, (a + b));
CREATE INDEX ON defs.exprs (lower(t), upper(v));
CREATE INDEX ON defs.exprs ((a + b), (a - b), id);
CREATE INDEX ON defs.exprs (lower(t)) INCLUDE (id, v);
-- Partial indexes, with and without expressions.
CREATE INDEX ON defs.exprs (id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX ON defs.exprs (t) WHERE deleted_at IS NULL AND status = 'active';
CREATE INDEX ON defs.exprs (a) WHERE a > 5 OR t LIKE 'x%';
CREATE INDEX ON defs.exprs (a) WHERE status = ANY (ARRAY['a', 'b']);
CREATE INDEX ON defs.exprs (a) WHERE status IN ('a', 'b');
CREATE INDEX ON defs.exprs (a) WHERE NOT (a IS NULL);
CREATE INDEX ON defs.exprs (a) WHERE e = 'happy';
CREATE INDEX ON defs.exprs (a) WHERE j ? 'k';
CREATE INDEX ON defs.exprs (a) WHERE tz > '2024-01-01 00:00:00+00';
CREATE INDEX ON defs.exprs (a) WHERE lower(t) <> '';
CREATE INDEX ON defs.exprs (a) WHERE defs.norm(t) = 'x';
CREATE INDEX ON defs.exprs (a DESC) INCLUDE (b) WHERE b IS NOT NULL;
CREATE INDEX ON defs.exprs (lower(t)) WHERE t IS NOT NULL;
CREATE INDEX ON defs.exprs ((a + b)) WHERE a > 0 AND b > 0;
CREATE INDEX ON defs.exprs (lower(t), upper(v)) WHERE t <> v;
CREATE INDEX ON defs.exprs USING hash (t) WHERE status = 'x';
CREATE INDEX ON defs.exprs USING gin (j) WHERE j IS NOT NULL;
CREATE INDEX ON defs.exprs USING gist (r) WHERE NOT isempty(r);
CREATE INDEX ON defs.exprs USING brin (ts) WHERE ts IS NOT NULL;
CREATE INDEX ON defs.exprs (t text_pattern_ops) WHERE t IS NOT NULL;
CREATE INDEX ON defs.exprs (tc COLLATE "default") WHERE tc > 'a';
CREATE INDEX ON defs.exprs (lower(t) text_pattern_ops) WHERE length(t) > 3;
CREATE INDEX "Quoted Partial" ON defs.exprs ("Mixed Case") WHERE "Mixed Case" ~ '^A';
-- Domain columns and a partitioned table.
CREATE INDEX ON defs.kinds (lower(st));
CREATE INDEX ON defs.kinds ((p + 1)) WHERE p > 1;
CREATE INDEX ON defs.kinds (lower(ci::text));
CREATE INDEX ON defs.partitioned (lower(name));
CREATE INDEX ON defs.partitioned (id) WHERE name IS NOT NULL;
CREATE INDEX ON ONLY defs.partitioned ((id + 1));
CREATE INDEX ON defs.kinds (((pr).a));
