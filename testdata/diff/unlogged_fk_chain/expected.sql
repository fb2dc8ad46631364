SET check_function_bodies = off;

ALTER SEQUENCE app.orders_id_seq SET UNLOGGED;

ALTER TABLE app.cache SET LOGGED;

ALTER TABLE app.cache_entry SET LOGGED;

ALTER TABLE app.line SET UNLOGGED;

ALTER TABLE app.node SET UNLOGGED;

ALTER TABLE app.orders SET UNLOGGED;

ALTER TABLE app.customer SET UNLOGGED;
