SET check_function_bodies = off;

DROP VIEW legacy.thing_ids;

DROP TABLE legacy.thing;

DROP SCHEMA legacy;

CREATE SCHEMA reporting;

ALTER SCHEMA reporting OWNER TO postgres;

CREATE TABLE reporting.daily_total (
    day date NOT NULL,
    total numeric NOT NULL
);

ALTER TABLE reporting.daily_total OWNER TO postgres;

ALTER TABLE reporting.daily_total ADD CONSTRAINT daily_total_pkey PRIMARY KEY (day);
