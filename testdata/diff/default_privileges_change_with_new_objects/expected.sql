SET check_function_bodies = off;

DROP TABLE app.a_only;

DROP TABLE app.a_private;

CREATE SCHEMA reports;

ALTER SCHEMA reports OWNER TO postgres;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE USAGE ON TYPES FROM PUBLIC;

CREATE TYPE app.mood AS ENUM ('ok', 'sad');

ALTER TYPE app.mood OWNER TO postgres;

GRANT USAGE ON TYPE app.mood TO rt_dpn_reader;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT EXECUTE ON FUNCTIONS TO rt_dpn_writer;

CREATE OR REPLACE FUNCTION app.f()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 1 $function$;

ALTER FUNCTION app.f() OWNER TO postgres;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE TRUNCATE ON TABLES FROM postgres;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE SELECT ON TABLES FROM rt_dpn_writer;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT USAGE ON SEQUENCES TO rt_dpn_reader;

CREATE SEQUENCE app.ticket AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;

ALTER SEQUENCE app.ticket OWNER TO postgres;

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES TO rt_dpn_reader;

CREATE TABLE app.open (
    id integer NOT NULL
);

ALTER TABLE app.open OWNER TO postgres;

CREATE TABLE app.secret (
    id integer NOT NULL,
    code text
);

ALTER TABLE app.secret OWNER TO postgres;

REVOKE SELECT ON TABLE app.secret FROM rt_dpn_reader;

ALTER TABLE app.open ADD CONSTRAINT open_pkey PRIMARY KEY (id);

ALTER TABLE app.secret ADD CONSTRAINT secret_pkey PRIMARY KEY (id);

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA reports GRANT INSERT ON TABLES TO rt_dpn_writer;

CREATE TABLE reports.daily (
    id integer
);

ALTER TABLE reports.daily OWNER TO postgres;

CREATE TABLE reports.hidden (
    id integer
);

ALTER TABLE reports.hidden OWNER TO postgres;

REVOKE INSERT ON TABLE reports.hidden FROM rt_dpn_writer;
