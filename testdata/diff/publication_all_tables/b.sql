-- FOR ALL TABLES cannot be turned on or off by ALTER PUBLICATION: both
-- publications are dropped and created again. The new one publishes
-- inserts only, through the partition root, with a comment.
CREATE SCHEMA app;

CREATE TABLE app.item (
    id integer PRIMARY KEY
);

CREATE TABLE app.item_part (
    id integer,
    made date NOT NULL
) PARTITION BY RANGE (made);

CREATE PUBLICATION everything FOR TABLE app.item, app.item_part;

CREATE PUBLICATION items FOR ALL TABLES WITH (publish = 'insert', publish_via_partition_root = true);
COMMENT ON PUBLICATION items IS 'Inserts only.';
