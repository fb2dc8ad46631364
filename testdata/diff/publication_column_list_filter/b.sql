-- A published table's column list and row filter change: ALTER
-- PUBLICATION cannot alter one table's entry, so SET gives the whole new
-- list (the other tables stay published throughout).
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

CREATE PUBLICATION eu_pub FOR TABLE app.customer (id, name, email, region) WHERE (region IN ('eu', 'uk')),
    app.orders WHERE (status <> 'draft');
