-- Options changed on existing sequences (type, increment, bounds, cycle,
-- cache, start), ownership removed, one sequence dropped and one added.
CREATE SCHEMA app;

CREATE SEQUENCE app.counter AS bigint INCREMENT BY -1 MINVALUE -1000000 MAXVALUE -1 START WITH -1 CACHE 10 CYCLE;

CREATE SEQUENCE app.small AS smallint START WITH 10 INCREMENT BY 5 MAXVALUE 2000;

CREATE TABLE app.widget (
    id integer PRIMARY KEY,
    serial_no bigint
);

CREATE SEQUENCE app.widget_serial;

CREATE SEQUENCE app.fresh START WITH 42;
