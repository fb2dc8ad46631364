-- Comments added, changed and removed on many kinds, including text that
-- needs quoting (quotes, backslashes, newlines, non-ASCII).
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Application objects, v2.';

CREATE TYPE app.color AS ENUM ('red', 'green');

CREATE SEQUENCE app.ids;

CREATE TABLE app.thing (
    id integer CONSTRAINT thing_pk PRIMARY KEY,
    label text,
    color app.color
);
CREATE INDEX thing_label_idx ON app.thing (label);

CREATE VIEW app.thing_labels AS SELECT id, label FROM app.thing;

CREATE FUNCTION app.double(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 2 * x $$;

COMMENT ON TABLE app.thing IS 'A thing''s "row", with a backslash \ and
a second line — café.';
COMMENT ON COLUMN app.thing.id IS 'Identifier.';
COMMENT ON COLUMN app.thing.label IS 'Shown to users.';
COMMENT ON CONSTRAINT thing_pk ON app.thing IS 'The key.';
COMMENT ON TYPE app.color IS 'Paint colors.';
COMMENT ON VIEW app.thing_labels IS 'Labels only.';
COMMENT ON COLUMN app.thing_labels.label IS 'From thing.';
COMMENT ON FUNCTION app.double(integer) IS 'Twice x, exactly.';
