CREATE SCHEMA app;

CREATE TABLE app.item (
    id integer PRIMARY KEY
);

CREATE TABLE app.item_part (
    id integer,
    made date NOT NULL
) PARTITION BY RANGE (made);

CREATE PUBLICATION everything FOR ALL TABLES;

CREATE PUBLICATION items FOR TABLE app.item;
