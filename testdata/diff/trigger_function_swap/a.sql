CREATE SCHEMA app;

CREATE TABLE app.doc (
    id integer PRIMARY KEY,
    body text,
    changed_at timestamptz
);

CREATE FUNCTION app.touch_v1() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER doc_touch BEFORE UPDATE ON app.doc
    FOR EACH ROW EXECUTE FUNCTION app.touch_v1();
