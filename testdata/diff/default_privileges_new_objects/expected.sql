SET check_function_bodies = off;

CREATE TYPE app.mood AS ENUM ('ok', 'sad');

ALTER TYPE app.mood OWNER TO postgres;

CREATE DOMAIN app.pos AS integer
    CONSTRAINT pos_check CHECK ((VALUE > 0));

ALTER DOMAIN app.pos OWNER TO postgres;

GRANT USAGE ON DOMAIN app.pos TO PUBLIC;

CREATE TYPE app.floatrange AS RANGE (
    SUBTYPE = double precision
);

ALTER TYPE app.floatrange OWNER TO postgres;

GRANT USAGE ON TYPE app.floatrange TO rt_dpn_reader;

ALTER FUNCTION app.floatmultirange() OWNER TO postgres;

ALTER FUNCTION app.floatmultirange(VARIADIC app.floatrange[]) OWNER TO postgres;

ALTER FUNCTION app.floatmultirange(app.floatrange) OWNER TO postgres;

ALTER FUNCTION app.floatrange(double precision, double precision) OWNER TO postgres;

ALTER FUNCTION app.floatrange(double precision, double precision, text) OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.f()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 1 $function$;

ALTER FUNCTION app.f() OWNER TO postgres;

CREATE OR REPLACE FUNCTION app.g()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 2 $function$;

ALTER FUNCTION app.g() OWNER TO postgres;

GRANT EXECUTE ON FUNCTION app.g() TO PUBLIC;

REVOKE EXECUTE ON FUNCTION app.g() FROM rt_dpn_writer;

CREATE AGGREGATE app.total(integer) (
    SFUNC = pg_catalog.int4pl,
    STYPE = integer
);

ALTER AGGREGATE app.total(integer) OWNER TO postgres;

CREATE SEQUENCE app.ticket AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;

ALTER SEQUENCE app.ticket OWNER TO postgres;

REVOKE USAGE ON SEQUENCE app.ticket FROM rt_dpn_reader;

GRANT SELECT ON SEQUENCE app.ticket TO rt_dpn_reader;

CREATE TABLE app.open (
    id integer NOT NULL
);

ALTER TABLE app.open OWNER TO postgres;

GRANT TRUNCATE ON TABLE app.open TO postgres;

CREATE TABLE app.secret (
    id integer NOT NULL,
    code text
);

ALTER TABLE app.secret OWNER TO postgres;

REVOKE SELECT ON TABLE app.secret FROM rt_dpn_reader;

GRANT SELECT (id) ON TABLE app.secret TO rt_dpn_reader;

ALTER TABLE app.open ADD CONSTRAINT open_pkey PRIMARY KEY (id);

ALTER TABLE app.secret ADD CONSTRAINT secret_pkey PRIMARY KEY (id);

CREATE VIEW app.open_ids AS
 SELECT open.id
   FROM app.open;

ALTER VIEW app.open_ids OWNER TO postgres;

REVOKE SELECT ON TABLE app.open_ids FROM rt_dpn_reader;

GRANT SELECT (id) ON TABLE app.open_ids TO rt_dpn_reader;
