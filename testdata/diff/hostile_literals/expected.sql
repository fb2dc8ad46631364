SET check_function_bodies = off;
SET standard_conforming_strings = on;

COMMENT ON SCHEMA lit IS '$$ dollar $$ $function$ $_$ quoted';

CREATE TYPE lit.label AS ENUM ('it''s', 'a "b"', E'c\\d', '$$', E'\\''); DROP TABLE public.victim; --', 'with space ');

COMMENT ON TYPE lit.label IS 'line one
line two
	tabbed */ /* -- not a comment';

ALTER TYPE lit.label OWNER TO postgres;

CREATE DOMAIN lit.note AS text DEFAULT 'domain \ default '' with "quotes"'::text
    CONSTRAINT "no ""bad"" notes" CHECK (((VALUE !~ '^\s*DROP\s'::text) AND (VALUE <> '''; DROP TABLE public.victim; --'::text)));

COMMENT ON DOMAIN lit.note IS '''); DROP TABLE public.victim; --';

ALTER DOMAIN lit.note OWNER TO postgres;

CREATE OR REPLACE FUNCTION lit.f(x text DEFAULT 'arg\default''s $$'::text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT x $function$;

COMMENT ON FUNCTION lit.f(x text) IS '$function$ body $function$';

ALTER FUNCTION lit.f(x text) OWNER TO postgres;

CREATE SEQUENCE lit.seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;

COMMENT ON SEQUENCE lit.seq IS E'\\\\server\\share';

ALTER SEQUENCE lit.seq OWNER TO postgres;

COMMENT ON TABLE lit.doc IS E'A doc''s "table" with a backslash \\ at \\n and
a newline, */ and $$';

ALTER TABLE lit.doc ALTER COLUMN body SET DEFAULT '\''; DROP TABLE public.victim; --'::text;

COMMENT ON COLUMN lit.doc.body IS E'\\''); DROP TABLE public.victim; --';

COMMENT ON COLUMN lit.doc.id IS '''); DROP TABLE public.victim; --';

ALTER TABLE lit.doc ADD COLUMN path text DEFAULT 'C:\new\table\x41'::text;

ALTER TABLE lit.doc ADD COLUMN escapes text DEFAULT 'tab	here
newline Aé ''quote'''::text;

ALTER TABLE lit.doc ADD COLUMN dollars text DEFAULT '$$ $function$ $body$ $_$'::text;

ALTER TABLE lit.doc ADD COLUMN tags text[] DEFAULT ARRAY['a''b'::text, 'c"d'::text, 'e\f'::text, '{g,h}'::text];

ALTER TABLE lit.doc ADD COLUMN meta jsonb DEFAULT '{"k": "v''s \"x\" \\ y"}'::jsonb;

ALTER TABLE lit.doc ADD COLUMN raw bytea DEFAULT '\x00ff27'::bytea;

ALTER TABLE lit.doc ADD COLUMN kind lit.label DEFAULT '\''); DROP TABLE public.victim; --'::lit.label;

ALTER TABLE lit.doc ADD COLUMN note lit.note;

ALTER TABLE lit.doc ADD COLUMN n bigint DEFAULT nextval('lit.seq'::regclass);

ALTER TABLE lit.doc ALTER COLUMN title SET DEFAULT 'it''s a "title"'::text;

COMMENT ON COLUMN lit.doc.title IS '*/ DROP TABLE public.victim; /*';

ALTER TABLE lit.doc ADD CONSTRAINT "title ok" CHECK ((title <> ALL (ARRAY['*/'::text, '--'::text, '\'::text, '$$'::text])));

COMMENT ON CONSTRAINT "title ok" ON lit.doc IS '$$
$_$
$function$';

CREATE INDEX doc_title_idx ON lit.doc USING btree (title) WHERE (title <> 'x\''y'::text);

COMMENT ON INDEX lit.doc_title_idx IS 'ünïcödé — “curly” ''quotes''';

CREATE VIEW lit.doc_view AS
 SELECT doc.id,
    ((doc.title || ' \ '::text) || ''''::text) AS shown,
    '$$'::text AS dollars
   FROM lit.doc;

ALTER VIEW lit.doc_view ALTER COLUMN shown SET DEFAULT 'view\default''s'::text;

COMMENT ON COLUMN lit.doc_view.shown IS E'\\';

COMMENT ON VIEW lit.doc_view IS '--
;
''';

ALTER VIEW lit.doc_view OWNER TO postgres;
