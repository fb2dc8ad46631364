SET check_function_bodies = off;

CREATE TYPE app.dayrange;

CREATE OR REPLACE FUNCTION app.dayrange_canonical(app.dayrange)
 RETURNS app.dayrange
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4range_canonical$function$;

ALTER FUNCTION app.dayrange_canonical(app.dayrange) OWNER TO postgres;

CREATE TYPE app.dayrange AS RANGE (
    SUBTYPE = integer,
    CANONICAL = app.dayrange_canonical
);

ALTER TYPE app.dayrange OWNER TO postgres;

ALTER FUNCTION app.daymultirange() OWNER TO postgres;

ALTER FUNCTION app.daymultirange(VARIADIC app.dayrange[]) OWNER TO postgres;

ALTER FUNCTION app.daymultirange(app.dayrange) OWNER TO postgres;

ALTER FUNCTION app.dayrange(integer, integer) OWNER TO postgres;

ALTER FUNCTION app.dayrange(integer, integer, text) OWNER TO postgres;

CREATE TABLE app.booking (
    id integer NOT NULL,
    days app.dayrange
);

ALTER TABLE app.booking OWNER TO postgres;

ALTER TABLE app.booking ADD CONSTRAINT booking_pkey PRIMARY KEY (id);
