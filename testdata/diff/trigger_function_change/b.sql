-- Only the trigger function's body changes: CREATE OR REPLACE FUNCTION is
-- enough, and the trigger (disabled, commented) is left alone.
CREATE SCHEMA app;

CREATE TABLE app.doc (
    id integer PRIMARY KEY,
    body text,
    words integer
);

CREATE FUNCTION app.count_words() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.words := coalesce(array_length(regexp_split_to_array(trim(NEW.body), '\s+'), 1), 0);
    RETURN NEW;
END
$$;

CREATE TRIGGER doc_count_words BEFORE INSERT OR UPDATE OF body ON app.doc
    FOR EACH ROW EXECUTE FUNCTION app.count_words();
ALTER TABLE app.doc DISABLE TRIGGER doc_count_words;
COMMENT ON TRIGGER doc_count_words ON app.doc IS 'Keeps words current.';
