CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Application objects.';

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

COMMENT ON TABLE app.thing IS 'A thing.';
COMMENT ON COLUMN app.thing.label IS 'Shown to users.';
COMMENT ON COLUMN app.thing.color IS 'Paint';
COMMENT ON INDEX app.thing_label_idx IS 'For search.';
COMMENT ON FUNCTION app.double(integer) IS 'Twice x.';
COMMENT ON SEQUENCE app.ids IS 'Old comment';
