SET check_function_bodies = off;

DROP PUBLICATION everything;

DROP PUBLICATION items;

CREATE PUBLICATION everything FOR ALL TABLES;

ALTER PUBLICATION everything OWNER TO postgres;

CREATE PUBLICATION items FOR TABLE app.item;

ALTER PUBLICATION items OWNER TO postgres;
