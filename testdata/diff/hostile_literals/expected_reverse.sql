SET check_function_bodies = off;
SET standard_conforming_strings = on;

DROP VIEW lit.doc_view;

DROP INDEX lit.doc_title_idx;

ALTER TABLE lit.doc DROP CONSTRAINT "title ok";

ALTER TABLE lit.doc DROP COLUMN dollars;

ALTER TABLE lit.doc DROP COLUMN escapes;

ALTER TABLE lit.doc DROP COLUMN kind;

ALTER TABLE lit.doc DROP COLUMN meta;

ALTER TABLE lit.doc DROP COLUMN n;

ALTER TABLE lit.doc DROP COLUMN note;

ALTER TABLE lit.doc DROP COLUMN path;

ALTER TABLE lit.doc DROP COLUMN raw;

ALTER TABLE lit.doc DROP COLUMN tags;

DROP SEQUENCE lit.seq;

DROP FUNCTION lit.f(x text);

DROP DOMAIN lit.note;

DROP TYPE lit.label;

COMMENT ON SCHEMA lit IS NULL;

COMMENT ON TABLE lit.doc IS 'plain comment';

ALTER TABLE lit.doc ALTER COLUMN body SET DEFAULT 'old\value'::text;

COMMENT ON COLUMN lit.doc.body IS E'back\\slash';

COMMENT ON COLUMN lit.doc.id IS NULL;

ALTER TABLE lit.doc ALTER COLUMN title SET DEFAULT 'plain'::text;

COMMENT ON COLUMN lit.doc.title IS NULL;
