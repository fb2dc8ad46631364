CREATE SCHEMA app;

CREATE TABLE app.event (
    id integer PRIMARY KEY,
    payload text,
    seen_at timestamptz
);

CREATE FUNCTION app.stamp() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.seen_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER event_stamp_insert BEFORE INSERT ON app.event
    FOR EACH ROW EXECUTE FUNCTION app.stamp();

CREATE TRIGGER event_stamp_update BEFORE UPDATE ON app.event
    FOR EACH ROW EXECUTE FUNCTION app.stamp();

CREATE TRIGGER event_stamp_replica BEFORE INSERT ON app.event
    FOR EACH ROW EXECUTE FUNCTION app.stamp();

CREATE TRIGGER event_stamp_guard BEFORE UPDATE ON app.event
    FOR EACH ROW WHEN (NEW.payload IS NOT NULL) EXECUTE FUNCTION app.stamp();
ALTER TABLE app.event DISABLE TRIGGER event_stamp_guard;
COMMENT ON TRIGGER event_stamp_guard ON app.event IS 'Kept across CREATE OR REPLACE.';

CREATE TRIGGER event_stamp_always BEFORE DELETE ON app.event
    FOR EACH ROW EXECUTE FUNCTION app.stamp();
ALTER TABLE app.event ENABLE ALWAYS TRIGGER event_stamp_always;

COMMENT ON TRIGGER event_stamp_update ON app.event IS 'Old comment.';
