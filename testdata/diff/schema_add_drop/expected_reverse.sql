SET check_function_bodies = off;

DROP TABLE reporting.daily_total;

DROP SCHEMA reporting;

CREATE SCHEMA legacy;

ALTER SCHEMA legacy OWNER TO postgres;

CREATE TABLE legacy.thing (
    id integer NOT NULL
);

ALTER TABLE legacy.thing OWNER TO postgres;

ALTER TABLE legacy.thing ADD CONSTRAINT thing_pkey PRIMARY KEY (id);

CREATE VIEW legacy.thing_ids AS
 SELECT thing.id
   FROM legacy.thing;

ALTER VIEW legacy.thing_ids OWNER TO postgres;
