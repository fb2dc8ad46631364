SET check_function_bodies = off;

ALTER TABLE app.event ENABLE TRIGGER event_stamp_always;

CREATE OR REPLACE TRIGGER event_stamp_guard BEFORE UPDATE ON app.event
    FOR EACH ROW
    WHEN (((new.payload IS NOT NULL) AND (new.payload <> ''::text)))
    EXECUTE FUNCTION app.stamp();

ALTER TABLE app.event DISABLE TRIGGER event_stamp_guard;

ALTER TABLE app.event DISABLE TRIGGER event_stamp_insert;

ALTER TABLE app.event ENABLE REPLICA TRIGGER event_stamp_replica;

CREATE TRIGGER event_stamp_truncate BEFORE TRUNCATE ON app.event
    FOR EACH STATEMENT
    EXECUTE FUNCTION app.stamp();

ALTER TABLE app.event DISABLE TRIGGER event_stamp_truncate;

COMMENT ON TRIGGER event_stamp_update ON app.event IS 'Stamps every change.';
