-- Comments and defaults that hold quotes, backslashes, $$, newlines, "*/",
-- C-style escapes and text that tries to end a literal and run SQL. They
-- are added (from a.sql) and changed or removed (back to a.sql). See a.sql
-- for standard_conforming_strings.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET standard_conforming_strings = off', current_database());
END
$$;

CREATE TABLE public.victim (id integer PRIMARY KEY);

CREATE SCHEMA lit;
COMMENT ON SCHEMA lit IS '$$ dollar $$ $function$ $_$ quoted';

CREATE TYPE lit.label AS ENUM ('it''s', 'a "b"', E'c\\d', '$$', E'\\''); DROP TABLE public.victim; --', 'with space ');
COMMENT ON TYPE lit.label IS E'line one\nline two\r\n\ttabbed */ /* -- not a comment';

CREATE DOMAIN lit.note AS text
    DEFAULT E'domain \\ default '' with "quotes"'
    CONSTRAINT "no ""bad"" notes" CHECK (VALUE !~ E'^\\s*DROP\\s' AND VALUE <> '''; DROP TABLE public.victim; --');
COMMENT ON DOMAIN lit.note IS '''); DROP TABLE public.victim; --';

CREATE SEQUENCE lit.seq;

CREATE TABLE lit.doc (
    id integer PRIMARY KEY,
    title text DEFAULT 'it''s a "title"',
    body text DEFAULT E'\\''; DROP TABLE public.victim; --',
    path text DEFAULT E'C:\\new\\table\\x41',
    escapes text DEFAULT E'tab\there\nnewline \x41\u00e9 \'quote\'',
    dollars text DEFAULT '$$ $function$ $body$ $_$',
    tags text[] DEFAULT ARRAY['a''b', 'c"d', E'e\\f', '{g,h}'],
    meta jsonb DEFAULT '{"k": "v''s \"x\" \\ y"}',
    raw bytea DEFAULT E'\\x00ff27'::bytea,
    kind lit.label DEFAULT E'\\''); DROP TABLE public.victim; --',
    note lit.note,
    n bigint DEFAULT nextval('lit.seq'::regclass),
    CONSTRAINT "title ok" CHECK (title NOT IN ('*/', '--', E'\\', '$$'))
);
CREATE INDEX doc_title_idx ON lit.doc (title) WHERE title <> E'x\\''y';

CREATE VIEW lit.doc_view AS
    SELECT id, title || E' \\ ' || '''' AS shown, '$$'::text AS dollars FROM lit.doc;
ALTER VIEW lit.doc_view ALTER COLUMN shown SET DEFAULT E'view\\default''s';

CREATE FUNCTION lit.f(x text DEFAULT E'arg\\default''s $$') RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;

COMMENT ON TABLE lit.doc IS E'A doc''s "table" with a backslash \\ at \\n and\na newline, */ and $$';
COMMENT ON COLUMN lit.doc.id IS '''); DROP TABLE public.victim; --';
COMMENT ON COLUMN lit.doc.body IS E'\\''); DROP TABLE public.victim; --';
COMMENT ON COLUMN lit.doc.title IS '*/ DROP TABLE public.victim; /*';
COMMENT ON CONSTRAINT "title ok" ON lit.doc IS E'$$\n$_$\n$function$';
COMMENT ON INDEX lit.doc_title_idx IS 'ünïcödé — “curly” ''quotes''';
COMMENT ON SEQUENCE lit.seq IS E'\\\\server\\share';
COMMENT ON VIEW lit.doc_view IS E'--\n;\n''';
COMMENT ON COLUMN lit.doc_view.shown IS E'\\';
COMMENT ON FUNCTION lit.f(text) IS '$function$ body $function$';
