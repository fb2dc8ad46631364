SET check_function_bodies = off;
SET standard_conforming_strings = on;

COMMENT ON SCHEMA app IS 'Application objects, v2.';

COMMENT ON TYPE app.color IS 'Paint colors.';

COMMENT ON FUNCTION app.double(x integer) IS 'Twice x, exactly.';

COMMENT ON SEQUENCE app.ids IS NULL;

COMMENT ON TABLE app.thing IS E'A thing''s "row", with a backslash \\ and
a second line — café.';

COMMENT ON COLUMN app.thing.color IS NULL;

COMMENT ON COLUMN app.thing.id IS 'Identifier.';

COMMENT ON CONSTRAINT thing_pk ON app.thing IS 'The key.';

COMMENT ON INDEX app.thing_label_idx IS NULL;

COMMENT ON COLUMN app.thing_labels.label IS 'From thing.';

COMMENT ON VIEW app.thing_labels IS 'Labels only.';
