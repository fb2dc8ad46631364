-- CHECK and FOREIGN KEY constraints added to tables with rows, planned
-- --online: added NOT VALID (a short lock, no scan), then validated in a
-- transaction of their own. A constraint on a table the plan creates is
-- added as it is, and so is one already NOT VALID in the target.
CREATE SCHEMA app;

CREATE TABLE app.customer (
    id integer PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO app.customer SELECT g, 'c' || g FROM generate_series(1, 300) g;

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    amount numeric(10, 2) NOT NULL,
    status text NOT NULL
);
INSERT INTO app.orders SELECT g, g % 300 + 1, g * 1.5, 'open' FROM generate_series(1, 3000) g;
