SET check_function_bodies = off;

DROP PUBLICATION everything;

DROP PUBLICATION items;

CREATE PUBLICATION everything FOR TABLE app.item, app.item_part;

ALTER PUBLICATION everything OWNER TO postgres;

CREATE PUBLICATION items FOR ALL TABLES WITH (publish = 'insert', publish_via_partition_root = true);

COMMENT ON PUBLICATION items IS 'Inserts only.';

ALTER PUBLICATION items OWNER TO postgres;
