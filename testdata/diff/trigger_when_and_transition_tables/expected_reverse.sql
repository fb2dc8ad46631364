SET check_function_bodies = off;

DROP TRIGGER item_log_prices ON app.item;

DROP TRIGGER item_touch_name ON app.item;

DROP TRIGGER item_names_rename ON app.item_names;

CREATE OR REPLACE TRIGGER item_touch BEFORE UPDATE ON app.item
    FOR EACH ROW
    WHEN ((old.price IS DISTINCT FROM new.price))
    EXECUTE FUNCTION app.touch();
