CREATE SCHEMA app;

CREATE SEQUENCE app.counter;

CREATE SEQUENCE app.small AS integer START WITH 10 INCREMENT BY 5 MAXVALUE 1000;

CREATE TABLE app.widget (
    id integer PRIMARY KEY,
    serial_no bigint
);

CREATE SEQUENCE app.widget_serial OWNED BY app.widget.serial_no;

CREATE SEQUENCE app.retired;
