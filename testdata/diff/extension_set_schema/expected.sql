SET check_function_bodies = off;

ALTER EXTENSION citext SET SCHEMA b;

ALTER TABLE public.account ALTER COLUMN email SET DEFAULT ''::b.citext;
