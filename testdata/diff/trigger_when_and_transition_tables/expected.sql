SET check_function_bodies = off;

CREATE TRIGGER item_log_prices AFTER UPDATE ON app.item
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION app.log_prices();

CREATE OR REPLACE TRIGGER item_touch BEFORE UPDATE ON app.item
    FOR EACH ROW
    WHEN (((old.price IS DISTINCT FROM new.price) OR (old.name IS DISTINCT FROM new.name)))
    EXECUTE FUNCTION app.touch();

CREATE TRIGGER item_touch_name BEFORE UPDATE OF name ON app.item
    FOR EACH ROW
    EXECUTE FUNCTION app.touch();

CREATE TRIGGER item_names_rename INSTEAD OF UPDATE ON app.item_names
    FOR EACH ROW
    EXECUTE FUNCTION app.rename_item('names', 'it''s');
