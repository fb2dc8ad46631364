SET check_function_bodies = off;

DROP TRIGGER event_stamp_truncate ON app.event;

ALTER TABLE app.event ENABLE ALWAYS TRIGGER event_stamp_always;

CREATE OR REPLACE TRIGGER event_stamp_guard BEFORE UPDATE ON app.event
    FOR EACH ROW
    WHEN ((new.payload IS NOT NULL))
    EXECUTE FUNCTION app.stamp();

ALTER TABLE app.event DISABLE TRIGGER event_stamp_guard;

ALTER TABLE app.event ENABLE TRIGGER event_stamp_insert;

ALTER TABLE app.event ENABLE TRIGGER event_stamp_replica;

COMMENT ON TRIGGER event_stamp_update ON app.event IS 'Old comment.';
