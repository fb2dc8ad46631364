SET check_function_bodies = off;

DROP VIEW reporting.paying;

ALTER TABLE core.customer DROP COLUMN tier;

DROP TABLE api.session;

DROP FUNCTION api.tier_of(c integer);

DROP TYPE core.tier;

DROP SCHEMA api;

DROP SCHEMA reporting;
