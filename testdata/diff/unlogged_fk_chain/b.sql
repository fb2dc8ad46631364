-- See a.sql: the chain and the self-referencing table become unlogged, the
-- unlogged pair becomes logged.
CREATE SCHEMA app;

CREATE UNLOGGED TABLE app.customer (
    id integer PRIMARY KEY
);
INSERT INTO app.customer VALUES (1);

CREATE UNLOGGED TABLE app.orders (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES app.customer (id)
);
INSERT INTO app.orders (customer_id) VALUES (1), (1);

CREATE UNLOGGED TABLE app.line (
    order_id integer REFERENCES app.orders (id),
    node_id integer
);
INSERT INTO app.line VALUES (1, 1);

CREATE UNLOGGED TABLE app.node (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES app.node (id)
);
INSERT INTO app.node VALUES (1, NULL), (2, 1);

CREATE UNLOGGED TABLE app.scratch (
    customer_id integer REFERENCES app.customer (id)
);
INSERT INTO app.scratch VALUES (1);

CREATE TABLE app.cache (
    id integer PRIMARY KEY
);
INSERT INTO app.cache VALUES (5);

CREATE TABLE app.cache_entry (
    cache_id integer REFERENCES app.cache (id)
);
INSERT INTO app.cache_entry VALUES (5);
