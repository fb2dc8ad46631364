-- The trigger moves to a new function and the old one is dropped: the
-- new function comes first, then the trigger is replaced, and only then
-- can the old function go.
CREATE SCHEMA app;

CREATE TABLE app.doc (
    id integer PRIMARY KEY,
    body text,
    changed_at timestamptz
);

CREATE FUNCTION app.touch_v2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.changed_at := clock_timestamp();
    RETURN NEW;
END
$$;

CREATE TRIGGER doc_touch BEFORE UPDATE ON app.doc
    FOR EACH ROW EXECUTE FUNCTION app.touch_v2();
