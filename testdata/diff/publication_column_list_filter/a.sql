CREATE SCHEMA app;

CREATE TABLE app.customer (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text,
    region text NOT NULL
);

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    status text NOT NULL
);

CREATE PUBLICATION eu_pub FOR TABLE app.customer (id, name, region) WHERE (region = 'eu'), app.orders;
