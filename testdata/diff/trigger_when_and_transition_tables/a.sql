CREATE SCHEMA app;

CREATE TABLE app.item (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric NOT NULL,
    updated_at timestamptz
);

CREATE TABLE app.item_log (
    item_id integer,
    old_price numeric,
    new_price numeric
);

CREATE VIEW app.item_names AS SELECT id, name FROM app.item;

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION app.log_prices() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO app.item_log
    SELECT n.id, o.price, n.price FROM new_rows n JOIN old_rows o USING (id);
    RETURN NULL;
END
$$;

CREATE FUNCTION app.rename_item() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE app.item SET name = NEW.name WHERE id = OLD.id;
    RETURN NEW;
END
$$;

CREATE TRIGGER item_touch BEFORE UPDATE ON app.item
    FOR EACH ROW WHEN (OLD.price IS DISTINCT FROM NEW.price)
    EXECUTE FUNCTION app.touch();
