CREATE SCHEMA app;
CREATE DOMAIN app.positive AS bigint CHECK (VALUE > 0);
CREATE DOMAIN app.small_positive AS app.positive CHECK (VALUE < 1000);
CREATE TABLE app.item (
    id integer PRIMARY KEY,
    weight app.positive NOT NULL DEFAULT 1,
    size app.small_positive,
    sizes app.small_positive[]
);
CREATE VIEW app.big_items AS SELECT id, size FROM app.item WHERE size > 10;
INSERT INTO app.item VALUES (1, 5, 7, '{1,2}'), (2, 9, 999, NULL);
