SET check_function_bodies = off;

COMMENT ON SCHEMA app IS 'Application objects.';

COMMENT ON TYPE app.color IS NULL;

COMMENT ON FUNCTION app.double(x integer) IS 'Twice x.';

COMMENT ON SEQUENCE app.ids IS 'Old comment';

COMMENT ON TABLE app.thing IS 'A thing.';

COMMENT ON COLUMN app.thing.color IS 'Paint';

COMMENT ON COLUMN app.thing.id IS NULL;

COMMENT ON CONSTRAINT thing_pk ON app.thing IS NULL;

COMMENT ON INDEX app.thing_label_idx IS 'For search.';

COMMENT ON COLUMN app.thing_labels.label IS NULL;

COMMENT ON VIEW app.thing_labels IS NULL;
