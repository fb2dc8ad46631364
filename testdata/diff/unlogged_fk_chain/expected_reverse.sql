SET check_function_bodies = off;

ALTER SEQUENCE app.orders_id_seq SET LOGGED;

ALTER TABLE app.cache_entry SET UNLOGGED;

ALTER TABLE app.cache SET UNLOGGED;

ALTER TABLE app.customer SET LOGGED;

ALTER TABLE app.node SET LOGGED;

ALTER TABLE app.orders SET LOGGED;

ALTER TABLE app.line SET LOGGED;
